"""Read the demo archive from plain data files that an editor can change without touching Python.

Layout (UTF-8 files, a BOM is tolerated, next to this module):

- ``people.json``: departments, tags (slug, name, name_zh, description, aliases), doctors, applicants, patient_count.
- ``threads/<key>.md`` (answered) and ``pending/<key>.md`` (awaiting a doctor): one question each. The file
  name without ``.md`` is the thread's key; files are read in file-name order.
- ``faq/<slug>.md``: one article each, in the order of the slugs listed in ``faq/order.txt`` (one per line).

A ``.md`` file opens with front matter: a ``---`` line, one ``name: value`` line per field, the value written
as JSON (``tags: ["acne", "red-spots"]``), and a closing ``---`` line. Markdown follows. A thread has its
question body, then each answer after a marker line ``<!-- answer: {"doctor": "dr-chen", "after_days": 1} -->``;
an answer's optional longer explanation follows its reply after a line ``## More Info`` (shown on the
thread under that heading); an article has each section after a marker line
``<!-- section: {"kind": "cause", "heading": "Acne"} -->``.
Blank lines around a body are ignored. A line starting with ``<!--`` is always a marker, so bodies cannot hold
HTML comments. A malformed file raises ``ValueError("<file>:<line>: <problem>")``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
THREAD_FIELDS = ("title", "age", "sex", "department", "tags", "asked")
ARTICLE_FIELDS = ("title", "department", "summary", "tags", "reviewer", "reviewed", "references")
MARKER = re.compile(r"<!-- (\w+): (\{.*\}) -->")
MORE_INFO = re.compile(r"^## More Info[ \t]*$", re.MULTILINE)


def _error(path: Path, line: int, problem: str) -> ValueError:
    return ValueError(f"{path}:{line}: {problem}")


def _json(path: Path, line: int, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error(path, line + exc.lineno - 1, f"invalid JSON: {exc.msg}") from None


def _fields(path: Path, line: int, found: dict[str, Any], expected: tuple[str, ...]) -> dict[str, Any]:
    if set(found) != set(expected):
        raise _error(path, line, f"expected the fields {', '.join(expected)}; found {', '.join(found) or 'none'}")
    return {name: found[name] for name in expected}


def _body(lines: list[str]) -> str:
    return re.sub(r"\A\s*\n", "", "\n".join(lines)).rstrip()


def _read(
    path: Path, fields: tuple[str, ...], marker: str, markers: tuple[str, ...], *, lead: bool
) -> tuple[dict[str, Any], str, list[dict[str, Any]]]:
    """Return (front matter, text before the first marker, [marker fields + body]); lead: that text is required."""
    lines = path.read_text(encoding="utf-8-sig").split("\n")
    if lines[0].rstrip() != "---":
        raise _error(path, 1, "the file must start with a '---' line")
    end = next((n for n in range(1, len(lines)) if lines[n].rstrip() == "---"), None)
    if end is None:
        raise _error(path, len(lines), "no closing '---' line after the front matter")
    meta: dict[str, Any] = {}
    for number, line in enumerate(lines[1:end], start=2):
        name, colon, value = line.partition(":")
        if not colon or not name.strip() or name.strip() in meta:
            raise _error(path, number, "expected 'name: JSON value' with a new name")
        meta[name.strip()] = _json(path, number, value.strip())
    blocks: list[tuple[int, dict[str, Any], list[str]]] = [(end + 1, {}, [])]
    for number, line in enumerate(lines[end + 1 :], start=end + 2):
        if not line.startswith("<!--"):
            blocks[-1][2].append(line)
            continue
        match = MARKER.fullmatch(line.rstrip())
        if match is None or match[1] != marker:
            raise _error(path, number, f'expected a marker line <!-- {marker}: {{"...": ...}} -->')
        blocks.append((number, _fields(path, number, _json(path, number, match[2]), markers), []))
    bodies = [_body(body) for _, _, body in blocks]
    for index, (number, _, _) in enumerate(blocks):
        if bool(bodies[index]) != (lead or index > 0):
            problem = "Markdown text expected after this line" if lead or index else f"text before the first {marker}"
            raise _error(path, number, problem)
    parts = [{**found, "body": body} for (_, found, _), body in zip(blocks[1:], bodies[1:], strict=True)]
    return _fields(path, end + 1, meta, fields), bodies[0], parts


def people() -> dict[str, Any]:
    path = ROOT / "people.json"
    data = _json(path, 1, path.read_text(encoding="utf-8-sig"))
    try:
        return {
            "DEPARTMENTS": data["departments"],
            "TAGS": [
                {"slug": tag["slug"], "name": tag["name"], "name_zh": tag.get("name_zh", ""),
                 "description": tag["description"], "description_zh": tag.get("description_zh", ""),
                 "aliases": list(tag.get("aliases", []))}
                for tag in data["tags"]
            ],
            "DOCTORS": data["doctors"],
            "APPLICANTS": data["applicants"],
            "PATIENT_COUNT": int(data["patient_count"]),
        }
    except (KeyError, TypeError) as exc:
        raise _error(path, 1, f"missing or misshapen entry: {exc}") from None


def _threads(folder: str) -> list[dict[str, Any]]:
    items = []
    for path in sorted((ROOT / folder).glob("*.md"), key=lambda p: p.stem):
        meta, body, answers = _read(path, THREAD_FIELDS, "answer", ("doctor", "after_days"), lead=True)
        for answer in answers:
            reply, *more_info = MORE_INFO.split(answer["body"], maxsplit=1)
            answer["body"], answer["more_info"] = reply.rstrip(), more_info[0].strip() if more_info else ""
        items.append({"key": path.stem, "title": meta.pop("title"), "body": body, **meta, "answers": answers})
    return items


def threads() -> list[dict[str, Any]]:
    return _threads("threads")


def pending() -> list[dict[str, Any]]:
    return _threads("pending")


def articles() -> list[dict[str, Any]]:
    order, slugs = ROOT / "faq" / "order.txt", []
    for number, line in enumerate(order.read_text(encoding="utf-8-sig").split("\n"), start=1):
        slug = line.strip()
        if slug in slugs or (slug and not (order.parent / f"{slug}.md").is_file()):
            raise _error(order, number, f"{slug!r} is listed twice or has no file {slug}.md")
        if slug:
            slugs.append(slug)
    for path in order.parent.glob("*.md"):
        if path.stem not in slugs:
            raise _error(path, 1, f"this article is not listed in {order}")
    items = []
    for slug in slugs:
        path = order.parent / f"{slug}.md"
        meta, _, sections = _read(path, ARTICLE_FIELDS, "section", ("kind", "heading"), lead=False)
        references = meta.pop("references")
        items.append({"slug": slug, **meta, "sections": sections, "references": references})
    return items
