//! Writes the static pages around the app into a Trunk output folder (default `dist/`):
//! one page per point and event with its own head tags and its first view pre-rendered by the
//! app's components (so it paints before the wasm arrives), 404.html,
//! sitemap.xml and robots.txt. Run by `./dev` after `trunk build`.
//!
//!   cargo run --bin site -- [dist]    (env: PUBLIC_URL=/twenty-eight/, SITE_URL=https://…,
//!                                     SITE_PAGES=screens: only the two screens' pages)

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::{env, fs, path::Path, process::ExitCode};

    use twenty_eight::share_image::Painter;
    use twenty_eight::{data, i18n, site, translation, ui, url};

    let dist = env::args().nth(1).unwrap_or_else(|| "dist".to_string());
    let dist = Path::new(&dist);
    let template = match fs::read_to_string(dist.join("index.html")) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "site: cannot read {}/index.html ({e}); run trunk build first",
                dist.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let mut base = env::var("PUBLIC_URL").unwrap_or_else(|_| "/".to_string());
    if !base.starts_with('/') {
        base.insert(0, '/');
    }
    if !base.ends_with('/') {
        base.push('/');
    }
    let config = site::SiteConfig {
        base,
        site_url: env::var("SITE_URL").ok().filter(|s| !s.is_empty()),
        record_pages: env::var("SITE_PAGES").as_deref() != Ok("screens"),
    };
    let painter = Painter::default();
    let (files, images, summary) = match data::load_shipped() {
        Ok(dataset) => {
            // Each page rendered by the app's own components, which hold the dataset for the
            // program's lifetime.
            let dataset: &'static _ = Box::leak(Box::new(dataset));
            // The Ukrainian pages: every text in Ukrainian, or no build. (The benchmark's
            // synthetic data, built with screens only, has no translation: English only.)
            let ukrainian = match translation::load(&translation::UkFiles::shipped(), dataset) {
                Ok(uk) => Some(&*Box::leak(Box::new(translation::apply(dataset, &uk)))),
                // Every gap, by file, record and field (`translation::load` checks them all).
                Err(errors) if config.record_pages => {
                    eprintln!("site: the Ukrainian texts have {} gap(s):", errors.len());
                    for e in errors.iter().take(20) {
                        eprintln!("  {e}");
                    }
                    return ExitCode::FAILURE;
                }
                Err(_) => None,
            };
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
                dataset, ukrainian, &template, &config, &prerender, &measure, &files,
            );
            let missing = i18n::take_missing();
            if !missing.is_empty() {
                eprintln!(
                    "site: {} interface string(s) have no Ukrainian (add them to src/i18n/):",
                    missing.len()
                );
                for m in &missing {
                    eprintln!("  {m:?}");
                }
                return ExitCode::FAILURE;
            }
            let summary = format!(
                "{} points, {} events",
                dataset.points.len(),
                dataset.events.len()
            );
            (site.files, site.images, summary)
        }
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
            let files = site::error_pages(&template, &config, &body);
            (files, Vec::new(), summary)
        }
    };
    for f in &files {
        let path = dist.join(&f.path);
        if let Some(dir) = path.parent() {
            if let Err(e) = fs::create_dir_all(dir) {
                eprintln!("site: cannot create {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        }
        if let Err(e) = fs::write(&path, &f.contents) {
            eprintln!("site: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    // The share images: drawn on every core (each is independent), then written.
    let started = std::time::Instant::now();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = images.len().div_ceil(threads).max(1);
    let pngs: Vec<_> = std::thread::scope(|scope| {
        let painter = &painter;
        let workers: Vec<_> = images
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|i| painter.png(&i.svg)).collect::<Vec<_>>())
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a share image worker panicked"))
            .collect()
    });
    let mut image_bytes = 0;
    for (image, png) in images.iter().zip(pngs) {
        let png = match png {
            Ok(png) => png,
            Err(e) => {
                eprintln!("site: cannot draw {}: {e}", image.path);
                return ExitCode::FAILURE;
            }
        };
        image_bytes += png.len();
        let path = dist.join(&image.path);
        if let Err(e) = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&path, &png))
        {
            eprintln!("site: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!(
        "site: wrote {} files ({summary}) into {}, and {} share images ({} KB) drawn in {} ms",
        files.len(),
        dist.display(),
        images.len(),
        image_bytes / 1000,
        started.elapsed().as_millis()
    );
    ExitCode::SUCCESS
}
