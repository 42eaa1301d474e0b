"""The parsed profile beside the document (first version: every section shown, read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

SECTIONS: tuple[tuple[str, str], ...] = (
    ("education", "Education"),
    ("work", "Work and internships"),
    ("projects", "Projects"),
    ("publications", "Publications"),
    ("awards", "Awards"),
    ("skills", "Skills"),
)


def plain_label(text: str) -> QLabel:
    """A label that never interprets document text as rich text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def entry_line(section: str, entry: dict[str, Any]) -> str:
    """A one-line summary of a profile entry."""
    fields = {
        "education": ("institution", "studyType", "area"),
        "work": ("name", "position"),
        "projects": ("name",),
        "publications": ("name", "publisher"),
        "awards": ("title",),
        "skills": ("name",),
    }[section]
    text = " · ".join(str(entry[f]) for f in fields if entry.get(f))
    dates = " – ".join(str(entry[k]) for k in ("startDate", "endDate", "releaseDate", "date") if entry.get(k))
    if section == "skills":
        text = f"{text}: {', '.join(map(str, entry.get('keywords') or []))}" if text else ", ".join(map(str, entry.get("keywords") or []))
    return f"{text}  ({dates})" if dates else text


class ProfileEditor(QScrollArea):
    """Shows a candidate's profile section by section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileEditor")
        self.setWidgetResizable(True)
        self.set_profile(None)

    def set_profile(self, profile: dict[str, Any] | None) -> None:
        """Show *profile* (None: nothing selected)."""
        body = QWidget()
        layout = QVBoxLayout(body)
        if profile is None:
            layout.addWidget(plain_label(self.tr("Select a candidate to see the profile.")))
        else:
            basics = profile.get("basics") or {}
            contact = QGroupBox(self.tr("Contact"))
            form = QFormLayout(contact)
            for key, label in (("name", "Name"), ("email", "Email"), ("phone", "Phone"), ("url", "Link")):
                form.addRow(self.tr(label), plain_label(str(basics.get(key) or "—")))
            layout.addWidget(contact)
            for key, title in SECTIONS:
                entries = [e for e in profile.get(key) or [] if isinstance(e, dict)]
                box = QGroupBox(f"{self.tr(title)} ({len(entries)})")
                box_layout = QVBoxLayout(box)
                for entry in entries:
                    box_layout.addWidget(plain_label(entry_line(key, entry)))
                layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
