//! Warning signs: answers that mean the reader should see a doctor, whatever the scores say,
//! graded by how soon, so the doctor card opens with the most urgent advice.

use crate::answers::Answers;
use crate::content::{Content, Urgency};
use crate::interface::Ui;
use crate::ranking::rank_by;

/// One warning sign the reader answered yes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WarningSign<'c> {
    /// The sign in the reader's terms ("blood in your stools, or black stools").
    pub sign: &'c str,
    pub urgency: Urgency,
}

impl WarningSign<'_> {
    /// The sign with how soon it needs a doctor: "blood in your stools, or black stools (today)".
    pub fn line(&self, content: &Content) -> String {
        let template = match self.urgency {
            Urgency::Today => Ui::DoctorSignToday,
            Urgency::Soon => Ui::DoctorSignSoon,
            Urgency::Gp => Ui::DoctorSignGp,
        };
        content.fill(template, &[("sign", self.sign)])
    }
}

/// The warning signs among the answers that count, the most urgent first, then in the
/// content's order.
pub fn warning_signs<'c>(content: &'c Content, answers: &Answers) -> Vec<WarningSign<'c>> {
    let effective = content.effective_answers(answers);
    let signs: Vec<WarningSign> = content
        .asked(answers)
        .into_iter()
        .filter_map(|(question, answer)| Some((question, answer?)))
        .flat_map(|(question, answer)| {
            answer
                .chosen()
                .iter()
                .filter_map(|id| {
                    let option = question.option(id)?;
                    let sooner = (option.sooner_if.as_ref()).is_some_and(|c| c.holds(&effective));
                    Some(WarningSign {
                        sign: option.warning.as_deref()?,
                        urgency: match sooner {
                            true => option.urgency.sooner(),
                            false => option.urgency,
                        },
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect();
    // Most urgent first; signs of one urgency keep the content's order. Through the shared
    // ranking rather than a sort of its own, which would add kilobytes to the widget.
    rank_by(signs, |sign| match sign.urgency {
        Urgency::Today => 2,
        Urgency::Soon => 1,
        Urgency::Gp => 0,
    })
}

/// The card that opens the results when a warning sign was answered yes: its heading and first
/// line say what to do for the most urgent sign, then every sign is named with how soon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoctorCard<'c> {
    pub signs: Vec<WarningSign<'c>>,
}

impl<'c> DoctorCard<'c> {
    /// The card for these answers; `None` when no warning sign was answered yes.
    pub fn of(content: &'c Content, answers: &Answers) -> Option<Self> {
        let signs = warning_signs(content, answers);
        (!signs.is_empty()).then_some(Self { signs })
    }

    /// How soon the most urgent sign needs a doctor.
    pub fn urgency(&self) -> Urgency {
        self.signs[0].urgency
    }

    pub fn title<'a>(&self, content: &'a Content) -> &'a str {
        content.ui(match self.urgency() {
            Urgency::Today => Ui::DoctorTitleToday,
            Urgency::Soon => Ui::DoctorTitleSoon,
            Urgency::Gp => Ui::DoctorTitleGp,
        })
    }

    /// What to do, for the most urgent sign: the line heard with the heading.
    pub fn first_line<'a>(&self, content: &'a Content) -> &'a str {
        content.ui(match self.urgency() {
            Urgency::Today => Ui::DoctorToday,
            Urgency::Soon => Ui::DoctorSoon,
            Urgency::Gp => Ui::DoctorGp,
        })
    }

    /// The signs as the card lists them: with how soon each needs a doctor when that differs
    /// between them, otherwise as they are, the heading having said it.
    pub fn sign_lines(&self, content: &Content) -> Vec<String> {
        let mixed = self.signs.iter().any(|sign| sign.urgency != self.urgency());
        (self.signs.iter())
            .map(|sign| match mixed {
                true => sign.line(content),
                false => sign.sign.to_owned(),
            })
            .collect()
    }

    /// Every line of the card, in order, the signs as a list after "You told us about:".
    pub fn lines(&self, content: &Content) -> Vec<String> {
        let mut lines = vec![
            self.title(content).to_owned(),
            self.first_line(content).to_owned(),
            content.ui(Ui::DoctorTold).to_owned(),
        ];
        lines.extend(self.sign_lines(content));
        lines.push(content.ui(Ui::DoctorAdvice).to_owned());
        lines.push(content.ui(Ui::DoctorBelow).to_owned());
        lines
    }
}

/// The line the screens after the results (the week, the welcome back, the reminder) open
/// with when these answers' results showed the doctor card: see the doctor first.
pub fn doctor_first<'c>(content: &'c Content, answers: &Answers) -> Option<&'c str> {
    DoctorCard::of(content, answers).map(|_| content.ui(Ui::DoctorFirst))
}
