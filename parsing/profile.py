"""The parsed profile: typed dataclasses that carry their sources, mapped to and from JSON Resume.

Every item (an education entry, a paper, the basics) records where it was printed: `source` covers
the whole item, `field_sources` each field read from the document, `uncertain` the fields the
parser guessed.  In JSON these become the `x-source`, `x-fieldSources` and `x-uncertain` keys.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Self

Rect = tuple[float, float, float, float]

SOURCE_KEY = "x-source"
FIELD_SOURCES_KEY = "x-fieldSources"
UNCERTAIN_KEY = "x-uncertain"
PROVENANCE_KEYS = (SOURCE_KEY, FIELD_SOURCES_KEY, UNCERTAIN_KEY)


@dataclass(frozen=True, slots=True)
class Source:
    """A rectangle of text on a page (0-based page, PDF points, origin top-left)."""

    page: int
    rect: Rect

    def to_json(self) -> dict[str, Any]:
        """The JSON form: {"page": 0, "rect": [x0, y0, x1, y1]}."""
        return {"page": self.page, "rect": [round(v, 2) for v in self.rect]}

    @classmethod
    def from_json(cls, data: Any) -> Source | None:
        """Read the JSON form back; None when malformed."""
        try:
            x0, y0, x1, y1 = (float(v) for v in data["rect"])
            return cls(int(data["page"]), (x0, y0, x1, y1))
        except (KeyError, TypeError, ValueError):
            return None


Sources = tuple[Source, ...]


def json_field(key: str, default: Any = None, *, item: type | None = None, many: bool = False) -> Any:
    """A dataclass field stored under *key* in JSON; *item* names the nested type, *many* a list."""
    metadata = {"json": key, "item": item}
    if many:
        return field(default_factory=list, metadata=metadata)
    return field(default=default, metadata=metadata)


def _to_json(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_json()
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


@dataclass(kw_only=True)
class Record:
    """A JSON-mapped dataclass (fields declared with `json_field`)."""

    def to_json(self) -> dict[str, Any]:
        """The JSON form, leaving out empty fields."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            key = f.metadata.get("json")
            value = getattr(self, f.name)
            if key and not _empty(value):
                converted = _to_json(value)
                if not _empty(converted):
                    out[key] = converted
        return out

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Build from the JSON form, ignoring unknown keys and values of the wrong shape."""
        if not isinstance(data, dict):
            return cls()
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            key = f.metadata.get("json")
            if not key or key not in data:
                continue
            raw, item = data[key], f.metadata.get("item")
            if item is not None and isinstance(raw, list):
                kwargs[f.name] = [item.from_json(v) for v in raw if isinstance(v, dict)]
            elif item is not None:
                kwargs[f.name] = item.from_json(raw) if isinstance(raw, dict) else None
            elif isinstance(raw, list):
                kwargs[f.name] = [v for v in raw if isinstance(v, str)]
            elif isinstance(raw, str | int | float) or raw is None:
                kwargs[f.name] = raw if not isinstance(raw, int | float) else str(raw)
        return cls(**kwargs)


@dataclass(kw_only=True)
class Item(Record):
    """A record that knows where on the document it was printed."""

    source: Sources = ()
    field_sources: dict[str, Sources] = field(default_factory=dict)
    uncertain: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The JSON form with the provenance keys."""
        out = super().to_json()
        if self.source:
            out[SOURCE_KEY] = [s.to_json() for s in self.source]
        keys = {f.name: f.metadata.get("json") for f in dataclasses.fields(self)}
        sources = {
            keys.get(name) or name: [s.to_json() for s in rects]
            for name, rects in self.field_sources.items()
            if rects and (keys.get(name) or name) in out
        }
        if sources:
            out[FIELD_SOURCES_KEY] = sources
        uncertain = [keys.get(name) or name for name in self.uncertain if (keys.get(name) or name) in out]
        if uncertain:
            out[UNCERTAIN_KEY] = uncertain
        return out

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Build from the JSON form, provenance included."""
        record = super().from_json(data)
        if not isinstance(data, dict):
            return record
        names: dict[str, str] = {f.metadata["json"]: f.name for f in dataclasses.fields(cls) if f.metadata.get("json")}
        record.source = _sources(data.get(SOURCE_KEY))
        field_sources = data.get(FIELD_SOURCES_KEY)
        if isinstance(field_sources, dict):
            record.field_sources = {names.get(str(k), str(k)): _sources(v) for k, v in field_sources.items()}
        uncertain = data.get(UNCERTAIN_KEY)
        if isinstance(uncertain, list):
            record.uncertain = [names.get(k, k) for k in uncertain if isinstance(k, str)]
        return record

    def set(self, name: str, value: Any, sources: Sources = (), *, uncertain: bool = False) -> None:
        """Set field *name* with the rectangles it was read from."""
        setattr(self, name, value)
        if sources:
            self.field_sources[name] = sources
        if uncertain and name not in self.uncertain:
            self.uncertain.append(name)


def _sources(raw: Any) -> Sources:
    if not isinstance(raw, list):
        return ()
    return tuple(s for s in (Source.from_json(r) for r in raw) if s is not None)


@dataclass(kw_only=True)
class Location(Item):
    """Where the candidate lives."""

    address: str | None = json_field("address")
    city: str | None = json_field("city")
    region: str | None = json_field("region")
    country_code: str | None = json_field("countryCode")


@dataclass(kw_only=True)
class SocialProfile(Item):
    """A personal link on a known network (GitHub, LinkedIn, Google Scholar …)."""

    network: str | None = json_field("network")
    username: str | None = json_field("username")
    url: str | None = json_field("url")


@dataclass(kw_only=True)
class Basics(Item):
    """Name, headline and contacts."""

    name: str | None = json_field("name")
    label: str | None = json_field("label")
    email: str | None = json_field("email")
    phone: str | None = json_field("phone")
    url: str | None = json_field("url")
    summary: str | None = json_field("summary")
    location: Location | None = json_field("location", item=Location)
    profiles: list[SocialProfile] = json_field("profiles", item=SocialProfile, many=True)
    emails: list[str] = json_field("x-emails", many=True)
    phones: list[str] = json_field("x-phones", many=True)


@dataclass(kw_only=True)
class Education(Item):
    """A school attended."""

    institution: str | None = json_field("institution")
    area: str | None = json_field("area")
    study_type: str | None = json_field("studyType")
    start_date: str | None = json_field("startDate")
    end_date: str | None = json_field("endDate")
    score: str | None = json_field("score")
    courses: list[str] = json_field("courses", many=True)
    level: str | None = json_field("x-level")  # doctorate | master | bachelor | other


@dataclass(kw_only=True)
class Work(Item):
    """A job or an internship."""

    name: str | None = json_field("name")
    position: str | None = json_field("position")
    location: str | None = json_field("location")
    start_date: str | None = json_field("startDate")
    end_date: str | None = json_field("endDate")
    summary: str | None = json_field("summary")
    highlights: list[str] = json_field("highlights", many=True)


@dataclass(kw_only=True)
class Volunteer(Item):
    """A campus or community role (student union, club, leadership): not employment."""

    organization: str | None = json_field("organization")
    position: str | None = json_field("position")
    start_date: str | None = json_field("startDate")
    end_date: str | None = json_field("endDate")
    summary: str | None = json_field("summary")
    highlights: list[str] = json_field("highlights", many=True)


@dataclass(kw_only=True)
class Project(Item):
    """A project (research, engineering or course project)."""

    name: str | None = json_field("name")
    description: str | None = json_field("description")
    start_date: str | None = json_field("startDate")
    end_date: str | None = json_field("endDate")
    highlights: list[str] = json_field("highlights", many=True)
    roles: list[str] = json_field("roles", many=True)
    entity: str | None = json_field("entity")


@dataclass(kw_only=True)
class Publication(Item):
    """A paper: title, venue as printed, year, authors and the candidate's place among them."""

    name: str | None = json_field("name")
    publisher: str | None = json_field("publisher")
    release_date: str | None = json_field("releaseDate")
    url: str | None = json_field("url")
    summary: str | None = json_field("summary")
    authors: list[str] = json_field("x-authors", many=True)
    author_position: str | None = json_field("x-authorPosition")  # first | co-first | corresponding | other
    venue: str | None = json_field("x-venue")
    rank: str | None = json_field("x-rank")
    status: str | None = json_field("x-status")  # published | accepted | in-press | under-review | submitted | revision | preprint
    track: str | None = json_field("x-track")  # main | workshop | findings | demo | student
    presentation: str | None = json_field("x-presentation")  # oral | spotlight | poster


@dataclass(kw_only=True)
class Award(Item):
    """An award, prize, scholarship or competition result."""

    title: str | None = json_field("title")
    date: str | None = json_field("date")
    awarder: str | None = json_field("awarder")
    summary: str | None = json_field("summary")


@dataclass(kw_only=True)
class Certificate(Item):
    """A certification (not an award)."""

    name: str | None = json_field("name")
    date: str | None = json_field("date")
    issuer: str | None = json_field("issuer")


@dataclass(kw_only=True)
class SkillGroup(Item):
    """Skills under one label; `keywords` are the individual skills."""

    name: str | None = json_field("name")
    level: str | None = json_field("level")
    keywords: list[str] = json_field("keywords", many=True)


@dataclass(kw_only=True)
class Language(Item):
    """A spoken language."""

    language: str | None = json_field("language")
    fluency: str | None = json_field("fluency")


@dataclass(kw_only=True)
class Interest(Item):
    """A research interest or topic."""

    name: str | None = json_field("name")
    keywords: list[str] = json_field("keywords", many=True)


@dataclass(kw_only=True)
class Meta(Record):
    """Facts about the document as a whole."""

    sections: list[str] = json_field("x-sections", many=True)
    lang: str | None = json_field("x-lang")  # zh | en | mixed
    parser: str | None = json_field("x-parser")


@dataclass(kw_only=True)
class Profile(Record):
    """A résumé as structured data (JSON Resume 1.0.0 plus x- keys)."""

    basics: Basics = json_field("basics", item=Basics)
    work: list[Work] = json_field("work", item=Work, many=True)
    volunteer: list[Volunteer] = json_field("volunteer", item=Volunteer, many=True)
    education: list[Education] = json_field("education", item=Education, many=True)
    awards: list[Award] = json_field("awards", item=Award, many=True)
    certificates: list[Certificate] = json_field("certificates", item=Certificate, many=True)
    publications: list[Publication] = json_field("publications", item=Publication, many=True)
    skills: list[SkillGroup] = json_field("skills", item=SkillGroup, many=True)
    languages: list[Language] = json_field("languages", item=Language, many=True)
    interests: list[Interest] = json_field("interests", item=Interest, many=True)
    projects: list[Project] = json_field("projects", item=Project, many=True)
    meta: Meta = json_field("meta", item=Meta)

    def __post_init__(self) -> None:
        if self.basics is None:
            self.basics = Basics()
        if self.meta is None:
            self.meta = Meta()

    def to_json_resume(self) -> dict[str, Any]:
        """The JSON Resume dict (basics and meta always present)."""
        out = self.to_json()
        out["basics"] = self.basics.to_json()
        out["meta"] = {"x-sections": list(self.meta.sections), **self.meta.to_json()}
        return out

    @classmethod
    def from_json_resume(cls, data: Any) -> Profile:
        """Read a JSON Resume dict (as stored or edited) back into a Profile."""
        return cls.from_json(data)
