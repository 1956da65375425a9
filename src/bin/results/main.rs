//! `results`: the text of the results screen (the summary and the details), built by a wasm of
//! its own. The widget needs none of it to ask the first question, so the loader fetches it
//! only once the reader has answered one, and the first load is that much smaller; the service
//! worker keeps it for offline use like every other file.
//!
//! The widget asks for the text through the loader with the content file the copy speaks
//! (handed over flat, as to the widget) and what the results are for, as share codes: see
//! [`results`].

#[cfg(target_arch = "wasm32")]
mod report_markup;
#[cfg(target_arch = "wasm32")]
mod week_markup;

// As in the widget: smaller than the default allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The summary and the details of the results, as markup, for the content file at `source`
/// (`shape`, `numbers`, `text`: see [`gut_skin_check::json::from_flat`]) and `request` (see
/// [`gut_skin_check::changes::Earlier::request`]). Empty when the answers make no results or
/// cannot be read; the widget then says the results are missing.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn results(
    source: String,
    shape: Vec<u32>,
    numbers: Vec<f64>,
    text: String,
    request: Vec<String>,
) -> Vec<String> {
    use gut_skin_check::content::Content;

    let Ok(content) = Content::from_flat_once(&source, &shape, &numbers, &text, Content::read)
    else {
        return Vec::new();
    };
    match request.first().map(String::as_str) {
        Some("week") => week(content, &request),
        Some("plant") => plant_key(content, &request),
        Some("welcome") => (request
            .get(1)
            .and_then(|day| gut_skin_check::day::Day::parse(day)))
        .map(|last| {
            let doctor = request.get(2).is_some_and(|flag| flag == DOCTOR);
            week_markup::welcome_back(content, last, doctor)
        })
        .into_iter()
        .collect(),
        Some("remind") => {
            remind(content, &request);
            Vec::new()
        }
        _ => results_text(content, &request),
    }
}

/// The summary, the details, then the focus areas' ids, one each.
#[cfg(target_arch = "wasm32")]
fn results_text(
    content: &'static gut_skin_check::content::Content,
    request: &[String],
) -> Vec<String> {
    use gut_skin_check::changes::Earlier;
    use gut_skin_check::results::Report;

    let Some((answers, earlier)) = Earlier::from_request(content, request) else {
        return Vec::new();
    };
    let Some(report) = Report::new(content, &answers) else {
        return Vec::new();
    };
    let changes = earlier.changes(content, &answers);
    let foods = report.foods();
    let mut texts = vec![
        report_markup::summary(&report, &answers, &foods, changes.as_ref(), &earlier.past),
        report_markup::details(&report, &foods, changes.as_ref(), &earlier.past),
    ];
    // The focus areas' ids too, for the page's "complete": the widget itself does not score.
    texts.extend(
        report
            .focus_areas()
            .iter()
            .map(|score| score.def.id.clone()),
    );
    texts
}

/// The week's screen, for a [`gut_skin_check::week::request`]: see [`week_markup::week`].
#[cfg(target_arch = "wasm32")]
fn week(content: &'static gut_skin_check::content::Content, request: &[String]) -> Vec<String> {
    use gut_skin_check::results::Report;

    let Some(shown) = gut_skin_check::week::from_request(content, request) else {
        return Vec::new();
    };
    let Some(report) = Report::new(content, &shown.answers) else {
        return Vec::new();
    };
    week_markup::week(&report, &shown).into()
}

/// `["plant", name]`: the key a plant the reader typed counts under (a listed plant's id, when
/// it names one), or nothing for a name that is no plant's.
#[cfg(target_arch = "wasm32")]
fn plant_key(content: &gut_skin_check::content::Content, request: &[String]) -> Vec<String> {
    let Some(name) = request.get(1) else {
        return Vec::new();
    };
    let key = content
        .plant_key(name)
        .or_else(|| gut_skin_check::week::typed_plant_key(name));
    key.into_iter().collect()
}

/// `["remind", today, now in seconds, a random number, the page's address]`: downloads the
/// calendar file of [`gut_skin_check::reminder::Reminder`].
#[cfg(target_arch = "wasm32")]
fn remind(content: &gut_skin_check::content::Content, request: &[String]) {
    use gut_skin_check::day::Day;
    use gut_skin_check::interface::Ui;
    use gut_skin_check::reminder::Reminder;
    use wasm_bindgen::JsCast;

    let ([_, today, now, token, url] | [_, today, now, token, url, _]) = request else {
        return;
    };
    // The reminder says to see the doctor first, in the same words as the week.
    let mut body = content.ui(Ui::RemindBody).to_owned();
    if request.get(5).is_some_and(|flag| flag == DOCTOR) {
        body.push(' ');
        body.push_str(content.ui(Ui::DoctorFirst));
    }
    let (Some(today), Ok(now), Ok(token)) = (Day::parse(today), now.parse(), token.parse()) else {
        return;
    };
    let reminder = Reminder {
        title: content.ui(Ui::RemindTitle),
        body: &body,
        url,
        today,
        now,
        token,
    };
    let parts = web_sys::js_sys::Array::of1(&reminder.ics().into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(address) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&address);
        link.set_download("gut-skin-check-reminder.ics");
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&address);
}

/// The flag the widget adds to a "welcome" or "remind" request when the last results showed
/// the doctor card (see `gut_skin_check::warning_signs::doctor_first`).
#[cfg(target_arch = "wasm32")]
const DOCTOR: &str = "doctor";

// The loader calls `results` when the widget asks; nothing runs on start-up.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The results module runs in the browser, beside the widget: build it with `trunk build`."
    );
}
