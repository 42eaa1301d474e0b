"""The profile form: which values of a JSON Resume profile the editor shows, in which sections, and how."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storage import papers
from ui.labels import QT_TRANSLATE_NOOP

_LIST_SPLIT = re.compile(r"\s*[,，;；、]\s*")
_AUTHOR_SPLIT = re.compile(r"\s*[;；]\s*")


@dataclass(frozen=True)
class FieldSpec:
    """One editable value inside a profile item."""

    key: tuple[str, ...]  # path inside the item, e.g. ("location", "city")
    label: str
    kind: str = "text"  # text | long (multi-line text) | lines (list, one per line) | list | choice | end (a date or "present")
    choices: tuple[tuple[str, str], ...] = ()
    placeholder: str = ""
    split: re.Pattern[str] = _LIST_SPLIT
    joiner: str = ", "


@dataclass(frozen=True)
class SectionSpec:
    """A list of entries (education, work, …) and the rows of each entry's form."""

    path: tuple[str, ...]
    title: str
    noun: str  # names undo steps: "Add Education Entry"
    rows: tuple[tuple[str, tuple[FieldSpec, ...]], ...]
    summary: tuple[str, ...]  # keys shown in the entry's title line


def _dates(start: str = "startDate", end: str = "endDate") -> tuple[str, tuple[FieldSpec, ...]]:
    return (
        QT_TRANSLATE_NOOP("Labels", "Dates"),
        (
            FieldSpec((start,), QT_TRANSLATE_NOOP("Labels", "Start date"), placeholder="YYYY-MM"),
            FieldSpec(
                (end,),
                QT_TRANSLATE_NOOP("Labels", "End date"),
                kind="end",
                placeholder=QT_TRANSLATE_NOOP("Labels", "YYYY-MM / present"),
            ),
        ),
    )


def _row(spec: FieldSpec) -> tuple[str, tuple[FieldSpec, ...]]:
    return spec.label, (spec,)


LEVELS = (
    ("", "—"),
    ("doctorate", QT_TRANSLATE_NOOP("Labels", "Doctorate")),
    ("master", QT_TRANSLATE_NOOP("Labels", "Master")),
    ("bachelor", QT_TRANSLATE_NOOP("Labels", "Bachelor")),
    ("other", QT_TRANSLATE_NOOP("Labels", "Other")),
)
AUTHOR_POSITIONS = (
    ("", QT_TRANSLATE_NOOP("Labels", "Unknown")),  # the document does not tell: never counted as a first author
    ("first", QT_TRANSLATE_NOOP("Labels", "First author")),
    ("co-first", QT_TRANSLATE_NOOP("Labels", "Co-first author")),
    ("corresponding", QT_TRANSLATE_NOOP("Labels", "Corresponding author")),
    ("other", QT_TRANSLATE_NOOP("Labels", "Other")),
)
PAPER_STATUSES = (
    ("", QT_TRANSLATE_NOOP("Labels", "Unknown")),
    ("published", QT_TRANSLATE_NOOP("Labels", "Published")),
    ("accepted", QT_TRANSLATE_NOOP("Labels", "Accepted")),
    ("in-press", QT_TRANSLATE_NOOP("Labels", "In press")),
    ("under-review", QT_TRANSLATE_NOOP("Labels", "Under review")),
    ("submitted", QT_TRANSLATE_NOOP("Labels", "Submitted")),
    ("revision", QT_TRANSLATE_NOOP("Labels", "In revision")),
    ("preprint", QT_TRANSLATE_NOOP("Labels", "Preprint")),
)
PAPER_TRACKS = (
    ("", "—"),
    ("main", QT_TRANSLATE_NOOP("Labels", "Main track")),
    ("workshop", QT_TRANSLATE_NOOP("Labels", "Workshop")),
    ("findings", QT_TRANSLATE_NOOP("Labels", "Findings")),
    ("demo", QT_TRANSLATE_NOOP("Labels", "Demo")),
    ("student", QT_TRANSLATE_NOOP("Labels", "Student")),
)
PRESENTATIONS = (
    ("", "—"),
    ("oral", QT_TRANSLATE_NOOP("Labels", "Oral")),
    ("spotlight", QT_TRANSLATE_NOOP("Labels", "Spotlight")),
    ("poster", QT_TRANSLATE_NOOP("Labels", "Poster")),
)

BASICS_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec(("label",), QT_TRANSLATE_NOOP("Labels", "Headline")),
    FieldSpec(("email",), QT_TRANSLATE_NOOP("Labels", "Email")),
    FieldSpec(("phone",), QT_TRANSLATE_NOOP("Labels", "Phone")),
    FieldSpec(("url",), QT_TRANSLATE_NOOP("Labels", "Link")),
    FieldSpec(("location", "city"), QT_TRANSLATE_NOOP("Labels", "City")),
    FieldSpec(("location", "region"), QT_TRANSLATE_NOOP("Labels", "Region")),
    FieldSpec(("location", "address"), QT_TRANSLATE_NOOP("Labels", "Address")),
)

SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        ("basics", "profiles"),
        QT_TRANSLATE_NOOP("Labels", "Links and profiles"),
        QT_TRANSLATE_NOOP("Labels", "Link"),
        (
            _row(FieldSpec(("network",), QT_TRANSLATE_NOOP("Labels", "Network"))),
            _row(FieldSpec(("username",), QT_TRANSLATE_NOOP("Labels", "Username"))),
            _row(FieldSpec(("url",), QT_TRANSLATE_NOOP("Labels", "URL"))),
        ),
        ("network", "url"),
    ),
    SectionSpec(
        ("education",),
        QT_TRANSLATE_NOOP("Labels", "Education"),
        QT_TRANSLATE_NOOP("Labels", "Education Entry"),
        (
            _row(FieldSpec(("institution",), QT_TRANSLATE_NOOP("Labels", "Institution"))),
            _row(FieldSpec(("studyType",), QT_TRANSLATE_NOOP("Labels", "Degree"))),
            _row(FieldSpec(("x-level",), QT_TRANSLATE_NOOP("Labels", "Level"), "choice", LEVELS)),
            _row(FieldSpec(("area",), QT_TRANSLATE_NOOP("Labels", "Field of study"))),
            _dates(),
            _row(FieldSpec(("score",), QT_TRANSLATE_NOOP("Labels", "Score"))),
        ),
        ("institution", "studyType", "area"),
    ),
    SectionSpec(
        ("work",),
        QT_TRANSLATE_NOOP("Labels", "Work and internships"),
        QT_TRANSLATE_NOOP("Labels", "Work Entry"),
        (
            _row(FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Organisation"))),
            _row(FieldSpec(("position",), QT_TRANSLATE_NOOP("Labels", "Position"))),
            _row(FieldSpec(("location",), QT_TRANSLATE_NOOP("Labels", "Location"))),
            _dates(),
            _row(FieldSpec(("summary",), QT_TRANSLATE_NOOP("Labels", "Summary"), "long")),
            _row(FieldSpec(("highlights",), QT_TRANSLATE_NOOP("Labels", "Highlights"), "lines")),
        ),
        ("name", "position"),
    ),
    SectionSpec(
        ("projects",),
        QT_TRANSLATE_NOOP("Labels", "Projects"),
        QT_TRANSLATE_NOOP("Labels", "Project"),
        (
            _row(FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Project name"))),
            _row(FieldSpec(("roles",), QT_TRANSLATE_NOOP("Labels", "Roles"), "list")),
            _row(FieldSpec(("entity",), QT_TRANSLATE_NOOP("Labels", "Organisation"))),
            _dates(),
            _row(FieldSpec(("description",), QT_TRANSLATE_NOOP("Labels", "Description"), "long")),
            _row(FieldSpec(("highlights",), QT_TRANSLATE_NOOP("Labels", "Highlights"), "lines")),
        ),
        ("name",),
    ),
    SectionSpec(
        (papers.SECTION,),
        QT_TRANSLATE_NOOP("Labels", "Publications"),
        QT_TRANSLATE_NOOP("Labels", "Publication"),
        (
            _row(FieldSpec((papers.TITLE,), QT_TRANSLATE_NOOP("Labels", "Title"), "long")),
            _row(
                FieldSpec(
                    (papers.AUTHORS,),
                    QT_TRANSLATE_NOOP("Labels", "Authors"),
                    "list",
                    split=_AUTHOR_SPLIT,
                    joiner="; ",
                )
            ),
            _row(
                FieldSpec(
                    (papers.POSITION,),
                    QT_TRANSLATE_NOOP("Labels", "Author position"),
                    "choice",
                    AUTHOR_POSITIONS,
                )
            ),
            _row(FieldSpec((papers.STATUS,), QT_TRANSLATE_NOOP("Labels", "Status"), "choice", PAPER_STATUSES)),
            _row(FieldSpec((papers.TRACK,), QT_TRANSLATE_NOOP("Labels", "Track"), "choice", PAPER_TRACKS)),
            _row(FieldSpec((papers.PRESENTATION,), QT_TRANSLATE_NOOP("Labels", "Presentation"), "choice", PRESENTATIONS)),
            _row(
                FieldSpec(
                    (papers.PUBLISHER,),
                    QT_TRANSLATE_NOOP("Labels", "Published in"),
                    placeholder=QT_TRANSLATE_NOOP("Labels", "as written, e.g. NeurIPS 2025 (CCF-A)"),
                )
            ),
            _row(
                FieldSpec(
                    (papers.VENUE,),
                    QT_TRANSLATE_NOOP("Labels", "Venue"),
                    placeholder=QT_TRANSLATE_NOOP("Labels", "short name, e.g. NeurIPS"),
                )
            ),
            _row(
                FieldSpec(
                    (papers.RANK,),
                    QT_TRANSLATE_NOOP("Labels", "Rank"),
                    placeholder=QT_TRANSLATE_NOOP("Labels", "e.g. CCF-A"),
                )
            ),
            _row(FieldSpec((papers.YEAR,), QT_TRANSLATE_NOOP("Labels", "Date"), placeholder="YYYY-MM")),
            _row(FieldSpec(("url",), QT_TRANSLATE_NOOP("Labels", "Link"))),
        ),
        (papers.TITLE, papers.VENUE, papers.YEAR),
    ),
    SectionSpec(
        ("awards",),
        QT_TRANSLATE_NOOP("Labels", "Awards"),
        QT_TRANSLATE_NOOP("Labels", "Award"),
        (
            _row(FieldSpec(("title",), QT_TRANSLATE_NOOP("Labels", "Award"))),
            _row(FieldSpec(("date",), QT_TRANSLATE_NOOP("Labels", "Date"), placeholder="YYYY-MM")),
            _row(FieldSpec(("awarder",), QT_TRANSLATE_NOOP("Labels", "Awarded by"))),
        ),
        ("title", "date"),
    ),
    SectionSpec(
        ("skills",),
        QT_TRANSLATE_NOOP("Labels", "Skills"),
        QT_TRANSLATE_NOOP("Labels", "Skill Group"),
        (
            _row(FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Group"))),
            _row(FieldSpec(("keywords",), QT_TRANSLATE_NOOP("Labels", "Skills"), "list")),
        ),
        ("name",),
    ),
    SectionSpec(
        ("languages",),
        QT_TRANSLATE_NOOP("Labels", "Languages"),
        QT_TRANSLATE_NOOP("Labels", "Language"),
        (
            _row(FieldSpec(("language",), QT_TRANSLATE_NOOP("Labels", "Language"))),
            _row(FieldSpec(("fluency",), QT_TRANSLATE_NOOP("Labels", "Fluency"))),
        ),
        ("language", "fluency"),
    ),
)

# "Use as" targets for a document selection: (label, section path or None for basics, field key).
USE_AS_TARGETS: tuple[tuple[str, tuple[str, ...] | None, str], ...] = (
    (QT_TRANSLATE_NOOP("Labels", "Name"), None, "name"),
    (QT_TRANSLATE_NOOP("Labels", "Email"), None, "email"),
    (QT_TRANSLATE_NOOP("Labels", "Phone"), None, "phone"),
    (QT_TRANSLATE_NOOP("Labels", "Link"), None, "url"),
    (QT_TRANSLATE_NOOP("Labels", "Institution"), ("education",), "institution"),
    (QT_TRANSLATE_NOOP("Labels", "Degree"), ("education",), "studyType"),
    (QT_TRANSLATE_NOOP("Labels", "Field of study"), ("education",), "area"),
    (QT_TRANSLATE_NOOP("Labels", "Organisation"), ("work",), "name"),
    (QT_TRANSLATE_NOOP("Labels", "Position"), ("work",), "position"),
    (QT_TRANSLATE_NOOP("Labels", "Project name"), ("projects",), "name"),
    (QT_TRANSLATE_NOOP("Labels", "Publication title"), (papers.SECTION,), papers.TITLE),
    (QT_TRANSLATE_NOOP("Labels", "Published in"), (papers.SECTION,), papers.PUBLISHER),
    (QT_TRANSLATE_NOOP("Labels", "Award"), ("awards",), "title"),
)
