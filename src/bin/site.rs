//! Writes the static pages around the app into the app's build folder (default `dist/`):
//! one page per point and event with its own head tags and its first view pre-rendered by the
//! app's components (so it paints before the wasm arrives), 404.html,
//! sitemap.xml, robots.txt and, last, sw.js (the offline worker, hashing every file). Run by
//! `./dev` after the app's build (cargo for wasm32, then `tools/build-app.mjs`).
//!
//!   cargo run --bin site -- [dist]    (env: PUBLIC_URL=/twenty-eight/, SITE_URL=https://…,
//!                                     SITE_PAGES=screens: only the two screens' pages)
//!   cargo run --bin site -- --service-worker [dist]    (sw.js alone; env: PUBLIC_URL)

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match native::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("site: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::{env, fs, path::Path};

    use twenty_eight::model::Dataset;
    use twenty_eight::share_card::ShareImage;
    use twenty_eight::share_image::Painter;
    use twenty_eight::site::{self, SiteConfig, SiteFile};
    use twenty_eight::{data, i18n, translation, ui, url};

    /// What a build writes: its files, its share images (drawn afterwards) and a summary.
    type Built = (Vec<SiteFile>, Vec<ShareImage>, String);

    pub fn run() -> Result<(), String> {
        let mut args: Vec<String> = env::args().skip(1).collect();
        // `--service-worker <dir>`: sw.js alone, for a build changed after it was rendered
        // (the redeploy test's second build).
        let worker_only = args.first().is_some_and(|a| a == "--service-worker");
        if worker_only {
            args.remove(0);
        }
        let dist = args.first().map_or("dist", String::as_str);
        let dist = Path::new(dist);
        if worker_only {
            return write_service_worker(dist, &config_from_env().base);
        }
        let template = fs::read_to_string(dist.join("index.html")).map_err(|e| {
            format!(
                "cannot read {}/index.html ({e}); run ./dev dist, which builds the app first",
                dist.display()
            )
        })?;
        let config = config_from_env();
        let painter = Painter::default();
        let (files, images, summary) = match data::load_shipped() {
            Ok(dataset) => build(dataset, &template, &config, &painter)?,
            Err(errors) => {
                eprintln!(
                    "site: the data has {} error(s); the pages name them:",
                    errors.len()
                );
                for e in errors.iter().take(10) {
                    eprintln!("  {e}");
                }
                let summary = format!("{} data errors", errors.len());
                let body = ui::prerender::render_errors(errors);
                (
                    site::error_pages(&template, &config, &body),
                    Vec::new(),
                    summary,
                )
            }
        };
        for f in &files {
            write(&dist.join(&f.path), f.contents.as_bytes())?;
        }
        let started = std::time::Instant::now();
        let image_bytes = draw(&painter, &images, dist)?;
        println!(
            "site: wrote {} files ({summary}) into {}, and {} share images ({} KB) drawn in {} ms",
            files.len(),
            dist.display(),
            images.len(),
            image_bytes / 1000,
            started.elapsed().as_millis()
        );
        write_service_worker(dist, &config.base)
    }

    /// sw.js (`site::service_worker`), from every file now in `dist`.
    fn write_service_worker(dist: &Path, base: &str) -> Result<(), String> {
        let mut files = Vec::new();
        read_tree(dist, dist, &mut files)?;
        files.retain(|(path, _)| path != "sw.js");
        files.sort();
        let precached = site::service_worker(&files, base);
        write(&dist.join("sw.js"), precached.as_bytes())?;
        println!(
            "site: wrote {}/sw.js ({} files hashed)",
            dist.display(),
            files.len()
        );
        Ok(())
    }

    /// Every file under `dir`, as (path relative to `root` with `/`, contents).
    fn read_tree(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                read_tree(root, &path, out)?;
            } else {
                let contents =
                    fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                let name = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((name, contents));
            }
        }
        Ok(())
    }

    /// PUBLIC_URL (the base path, with its slashes), SITE_URL, SITE_PAGES.
    fn config_from_env() -> SiteConfig {
        let mut base = env::var("PUBLIC_URL").unwrap_or_else(|_| "/".to_string());
        if !base.starts_with('/') {
            base.insert(0, '/');
        }
        if !base.ends_with('/') {
            base.push('/');
        }
        SiteConfig {
            base,
            site_url: env::var("SITE_URL").ok().filter(|s| !s.is_empty()),
            record_pages: env::var("SITE_PAGES").as_deref() != Ok("screens"),
        }
    }

    /// Every page of a valid dataset, in both languages, rendered by the app's components.
    fn build(
        dataset: Dataset,
        template: &str,
        config: &SiteConfig,
        painter: &Painter,
    ) -> Result<Built, String> {
        // The components hold the dataset for the program's lifetime.
        let dataset: &'static Dataset = Box::leak(Box::new(dataset));
        let ukrainian = ukrainian(dataset, config)?;
        let base = config.base.clone();
        let prerender = |path: &str| {
            let data = match (url::split_lang(path).0, ukrainian) {
                (i18n::Lang::Uk, Some(uk)) => uk,
                _ => dataset,
            };
            ui::prerender::render(data, &base, path)
        };
        let measure = |text: &str, size: f32, bold: bool| painter.width(text, size, bold);
        let files = data::DataFiles::shipped().named();
        let site = site::generate(
            dataset, ukrainian, template, config, &prerender, &measure, &files,
        );
        let missing = i18n::take_missing();
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(|m| format!("  {m:?}")).collect();
            return Err(format!(
                "{} interface string(s) have no Ukrainian (add them to src/i18n/):\n{}",
                missing.len(),
                list.join("\n")
            ));
        }
        let summary = format!(
            "{} points, {} events",
            dataset.points.len(),
            dataset.events.len()
        );
        Ok((site.files, site.images, summary))
    }

    /// The dataset in Ukrainian: every text, or no build. (The benchmark's synthetic data,
    /// built with screens only, has no translation: English only.)
    fn ukrainian(
        dataset: &Dataset,
        config: &SiteConfig,
    ) -> Result<Option<&'static Dataset>, String> {
        match translation::load(&translation::UkFiles::shipped(), dataset) {
            Ok(uk) => Ok(Some(Box::leak(Box::new(translation::apply(dataset, &uk))))),
            // Every gap, by file, record and field (`translation::load` checks them all).
            Err(errors) if config.record_pages => {
                let list: Vec<String> = errors.iter().take(20).map(|e| format!("  {e}")).collect();
                Err(format!(
                    "the Ukrainian texts have {} gap(s):\n{}",
                    errors.len(),
                    list.join("\n")
                ))
            }
            Err(_) => Ok(None),
        }
    }

    /// The share images, drawn on every core (each is independent), then written. Returns
    /// their bytes in all.
    fn draw(painter: &Painter, images: &[ShareImage], dist: &Path) -> Result<usize, String> {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        let chunk = images.len().div_ceil(threads).max(1);
        let pngs: Vec<_> = std::thread::scope(|scope| {
            let workers: Vec<_> = images
                .chunks(chunk)
                .map(|part| {
                    scope
                        .spawn(move || part.iter().map(|i| painter.png(&i.svg)).collect::<Vec<_>>())
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("a share image worker panicked"))
                .collect()
        });
        let mut bytes = 0;
        for (image, png) in images.iter().zip(pngs) {
            let png = png.map_err(|e| format!("cannot draw {}: {e}", image.path))?;
            bytes += png.len();
            write(&dist.join(&image.path), &png)?;
        }
        Ok(bytes)
    }

    /// Writes a file, creating its folder.
    fn write(path: &Path, contents: &[u8]) -> Result<(), String> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }
}
