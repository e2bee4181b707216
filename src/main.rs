//! Entry point: in the browser it mounts the calculator; natively it is the
//! command-line twin.

#[cfg(target_arch = "wasm32")]
fn main() {
    tierplan::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use tierplan::model::capacity::TeamTime;
    let query = std::env::args().nth(1).unwrap_or_default();
    let (team, issues) =
        tierplan::link::decode_team(query.split_once('?').map_or(query.as_str(), |(_, q)| q));
    for issue in &issues {
        eprintln!("warning: {}", issue.message);
    }
    let errors = team.validate();
    if !errors.is_empty() {
        for error in errors {
            eprintln!("error: {error}");
        }
        std::process::exit(2);
    }
    let _: &TeamTime = &team;
    println!(
        "Proactive hours per CSM per year: {:.0} ({} h/week x {} weeks x {}%)",
        team.proactive_hours_per_year(),
        team.hours_per_week,
        team.working_weeks_per_year,
        team.proactive_pct()
    );
}
