use crate::{demo, import, indexing};
use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use domain::EntityKind;
use futures_util::StreamExt;
use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use store::{Location, Store};

#[derive(Parser)]
#[command(
    name = "birlik",
    version,
    about = "Birlik: the NGO platform of the Organization of Turkic States"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
pub struct DataArgs {
    /// Directory of the embedded SQLite database (created if missing).
    #[arg(long, env = "BIRLIK_DATA", default_value = "./birlik-data")]
    data: PathBuf,
    /// Use this database instead of --data (sqlite:///path/file.db; postgres://… later).
    #[arg(long, env = "DATABASE_URL")]
    database_url: Option<String>,
}

impl DataArgs {
    async fn open(&self) -> Result<Store> {
        let location = Location::from_args(&self.data, self.database_url.as_deref());
        Store::open(&location)
            .await
            .with_context(|| match &location {
                Location::Dir(d) => format!("cannot open the data directory {}", d.display()),
                Location::Url(_) => "cannot open the database".to_owned(),
            })
    }
}

/// How the web server reaches people: its public address, mail, proxies.
#[derive(Args, Clone)]
pub struct WebArgs {
    /// The address people use to reach the site, for links in mail. An
    /// `https://` address also turns on `Secure` `__Host-` cookies.
    #[arg(long, env = "BIRLIK_PUBLIC_URL")]
    public_url: Option<String>,
    /// Send mail through this SMTP server (`smtps://user:pass@host`,
    /// `smtp://host:587?tls=required`). Without it mail is written to the
    /// outbox directory `DATA/outbox`.
    #[arg(long, env = "BIRLIK_SMTP_URL")]
    smtp_url: Option<String>,
    /// The sender of the platform's mail.
    #[arg(
        long,
        env = "BIRLIK_MAIL_FROM",
        default_value = web::DEFAULT_MAIL_FROM
    )]
    mail_from: String,
    /// Where visitors write to the secretariat, shown on the contact page,
    /// the privacy notice and the accessibility statement (default: the
    /// address in --mail-from).
    #[arg(long, env = "BIRLIK_CONTACT_EMAIL")]
    contact_email: Option<String>,
    /// Where uploaded evidence documents are kept (default `DATA/uploads`).
    /// Several nodes must share it.
    #[arg(long, env = "BIRLIK_UPLOADS")]
    uploads: Option<PathBuf>,
    /// Behind a reverse proxy: take the client address from the last
    /// `X-Forwarded-For` hop (rate limits are per client address).
    #[arg(long, env = "BIRLIK_TRUST_FORWARDED_FOR")]
    trust_forwarded_for: bool,
}

impl WebArgs {
    fn config(&self, data: &DataArgs, local: SocketAddr) -> Result<web::WebConfig> {
        let public_url = self
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{local}"));
        let mut config = web::WebConfig::for_data_dir(&data.data, &public_url);
        if let Some(uploads) = &self.uploads {
            config.uploads_dir = uploads.clone();
        }
        config.trust_forwarded_for = self.trust_forwarded_for;
        config.contact_email = self
            .contact_email
            .clone()
            .unwrap_or_else(|| web::address_of(&self.mail_from));
        config.mailer = match &self.smtp_url {
            Some(url) => mail::Mailer::smtp(url, &self.mail_from).context("--smtp-url")?,
            None => mail::Mailer::outbox(data.data.join("outbox"), &self.mail_from),
        };
        Ok(config)
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web pages and the JSON API.
    Serve {
        #[command(flatten)]
        data: DataArgs,
        /// Address to listen on.
        #[arg(long, env = "BIRLIK_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Load the demo network (the OTS NGO platform) into an empty database.
        #[arg(long)]
        demo: bool,
        #[command(flatten)]
        web: WebArgs,
    },
    /// Insert or update records from a JSON Lines file (`-` for standard input).
    Import {
        #[command(flatten)]
        data: DataArgs,
        /// Write nothing: report every invalid line and every record that looks
        /// like one already stored (or another in the file), across scripts.
        #[arg(long)]
        check: bool,
        /// The file to import.
        file: PathBuf,
    },
    /// Write every record to standard output in the import format.
    Export {
        #[command(flatten)]
        data: DataArgs,
        /// Only records of this type (organization, person, place).
        #[arg(long = "type", value_parser = parse_kind)]
        kind: Option<EntityKind>,
    },
    /// Apply pending database migrations and exit (serve also applies them at start).
    Migrate {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Write a consistent copy of the SQLite database to FILE while it may be in use.
    Backup {
        #[command(flatten)]
        data: DataArgs,
        /// Where to write the copy (must not exist).
        file: PathBuf,
    },
    /// Check the database's own consistency (SQLite's integrity_check); prints `ok` or the problems.
    CheckDatabase {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Read queries from standard input, one a line; write one JSON line of hits per query.
    Search {
        #[command(flatten)]
        data: DataArgs,
        /// Hits per query.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=1000))]
        limit: u32,
        /// Only records of this type (organization, person, place).
        #[arg(long = "type", value_parser = parse_kind)]
        kind: Option<EntityKind>,
        /// At the end, list this many slowest queries (with their time) on
        /// standard error.
        #[arg(long, default_value_t = 0)]
        slowest: usize,
    },
}

fn parse_kind(raw: &str) -> Result<EntityKind, String> {
    EntityKind::parse(raw).ok_or_else(|| format!("{raw:?} is not organization, person or place"))
}

pub async fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Serve {
            data,
            addr,
            demo,
            web,
        } => serve(data, addr, demo, web).await,
        Command::Import { data, check, file } => {
            let store = data.open().await?;
            let result = if check {
                import::check(&store, &file).await
            } else {
                import::run(&store, &file).await
            };
            store.close().await;
            result
        }
        Command::Export { data, kind } => export(data, kind).await,
        Command::Migrate { data } => {
            let store = data.open().await?;
            eprintln!("the {} database is up to date", store.backend());
            store.close().await;
            Ok(())
        }
        Command::Backup { data, file } => {
            let store = data.open().await?;
            let result = store.backup_to(&file).await;
            store.close().await;
            result?;
            eprintln!("wrote {}", file.display());
            Ok(())
        }
        Command::CheckDatabase { data } => {
            let store = data.open().await?;
            let problems = store.integrity_check().await;
            store.close().await;
            let problems = problems?;
            if problems.is_empty() {
                println!("ok");
                Ok(())
            } else {
                for p in &problems {
                    println!("{p}");
                }
                anyhow::bail!("the database has {} problem(s)", problems.len())
            }
        }
        Command::Search {
            data,
            limit,
            kind,
            slowest,
        } => search(data, limit, kind, slowest).await,
    }
}

async fn serve(data: DataArgs, addr: SocketAddr, with_demo: bool, web_args: WebArgs) -> Result<()> {
    init_tracing();
    let store = data.open().await?;
    if with_demo {
        demo::load_if_empty(&store).await?;
    }
    let started = Instant::now();
    let (read, cursor) = indexing::build(&store).await?;
    tracing::info!(
        records = read.index.len(),
        took_ms = started.elapsed().as_millis() as u64,
        "search index built"
    );
    let read = Arc::new(RwLock::new(read));
    // Writes from other nodes and from `birlik import` reach this node's index.
    let follower = tokio::spawn(app::readmodel::follow_changes(
        store.clone(),
        read.clone(),
        cursor,
        Duration::from_millis(200),
    ));
    let listener = listen(addr).with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    let state = web::AppState::new(store.clone(), read, web_args.config(&data, local)?)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    // Uploads a crash left between writing and committing. One SQLite
    // database has one server; PostgreSQL nodes may share the directory
    // and be mid-upload, so theirs get time to commit.
    let grace = match store.backend() {
        "sqlite" => Duration::ZERO,
        _ => Duration::from_secs(15 * 60),
    };
    let (renamed, removed) = web::sweep_uploads(&store, &state.config().uploads_dir, grace)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if renamed + removed > 0 {
        tracing::info!(renamed, removed, "settled uploads left by a crash");
    }
    // Mail and timed work: this process's share of the job queue (every
    // node runs one; claims never overlap).
    let worker = state.app().worker().spawn();
    // The partner market loads in the background (seconds at a million
    // records), so the first suggestions do not wait for it.
    let warming = state.app().clone();
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        match app::partners::warm_market(&warming).await {
            Ok(()) => tracing::info!(
                took_ms = started.elapsed().as_millis() as u64,
                "partner market loaded"
            ),
            Err(e) => {
                tracing::warn!(error = %e, "partner market not loaded; the first suggestions will load it")
            }
        }
    });
    println!("Birlik is serving at http://{local}/  (Ctrl-C to stop)");
    axum::serve(
        listener,
        web::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("the server stopped with an error")?;
    // What the last requests started is queued before the worker stops;
    // a job it has not finished waits in the database for the next start.
    state.app().background_settled().await;
    worker.stop().await;
    follower.abort();
    store.close().await;
    Ok(())
}

/// Connections the kernel queues for a node before it accepts them; it
/// caps this at `net.core.somaxconn` (4096 on current Linux).
const LISTEN_BACKLOG: u32 = 4096;

/// Listens on `addr` with room for a burst of new connections, as when
/// registration opens: `TcpListener::bind` queues only 128 (the standard
/// library's value); past that Linux falls back to SYN cookies and resets
/// many of the rest (half of 2,000 at once in `tests/nodes.rs`).
fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = match addr {
        SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
        SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
    };
    // As `TcpListener::bind` does: a restart can take the port at once.
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(LISTEN_BACKLOG)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("BIRLIK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tower_http=warn,sqlx=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

async fn export(data: DataArgs, kind: Option<EntityKind>) -> Result<()> {
    let store = data.open().await?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut lines = store.export_lines(kind);
    while let Some(line) = lines.next().await {
        let line = line?;
        if let Err(e) = writeln!(out, "{line}") {
            // A closed pipe (`birlik export | head`) is the reader's choice, not a failure.
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(e).context("cannot write to standard output");
        }
    }
    drop(lines);
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(e).context("cannot write to standard output")
        }
        _ => Ok(()),
    }
}

#[derive(serde::Serialize)]
struct SearchLine<'a> {
    q: &'a str,
    hits: Vec<SearchLineHit>,
    micros: u64,
}

#[derive(serde::Serialize)]
struct SearchLineHit {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    name: String,
    score: f32,
    /// How the hit matched: exact, transliterated, translated, fuzzy, partial.
    #[serde(rename = "match")]
    match_kind: &'static str,
}

async fn search(
    data: DataArgs,
    limit: u32,
    kind: Option<EntityKind>,
    slowest: usize,
) -> Result<()> {
    let store = data.open().await?;
    let index = indexing::build_index(&store).await?;
    store.close().await;
    // The first query must not pay for the scratch space: `micros` is the
    // search's own time.
    index.warm_up();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut times: Vec<(u64, String)> = Vec::new();
    for (n, line) in stdin.lock().lines().enumerate() {
        let q =
            line.with_context(|| format!("line {}: standard input is not UTF-8 text", n + 1))?;
        let query = search::Query {
            text: q.clone(),
            kind: kind.map(app::readmodel::to_search_kind),
            limit: limit as usize,
            ..Default::default()
        };
        let started = Instant::now();
        let results = index.search(&query);
        let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        if slowest > 0 {
            times.push((micros, q.clone()));
        }
        let line = SearchLine {
            q: &q,
            hits: results
                .hits
                .into_iter()
                .map(|h| SearchLineHit {
                    id: h.id,
                    kind: h.kind.as_str(),
                    name: h.name,
                    score: h.score,
                    match_kind: h.match_kind.as_str(),
                })
                .collect(),
            micros,
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    times.sort_unstable_by(|a, b| b.cmp(a));
    for (micros, q) in times.iter().take(slowest) {
        eprintln!("{micros:>9} µs  {q}");
    }
    // Freeing a million records' index block by block takes seconds; the
    // process is ending and returns the memory at once.
    std::mem::forget(index);
    Ok(())
}
