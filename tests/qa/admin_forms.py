"""Submit a Django admin change form as a browser does: every field as the page shows it (inlines
included), with the given fields changed. So a test exercises the admin's own save path."""

from __future__ import annotations

from html.parser import HTMLParser


class _ChangeForm(HTMLParser):
    """The fields of the page's change form (``<form id="…_form">``) and the values a browser sends."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_form = False
        self.data: dict[str, list[str]] = {}
        self._select: tuple[str, bool] | None = None  # (name, multiple)
        self._options: list[tuple[str, bool]] = []  # (value, selected) of the open select
        self._option: list | None = None  # [value or None, selected, text] of the open option
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("id") or "").endswith("_form"):
            self.in_form = True
        if not self.in_form or "__prefix__" in (attrs.get("name") or ""):  # inlines' empty templates
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in {"submit", "button", "image", "file", "reset"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.data.setdefault(name, []).append(attrs.get("value") or ("on" if kind == "checkbox" else ""))
        elif tag == "select" and name:
            self._select, self._options = (name, "multiple" in attrs), []
        elif tag == "option" and self._select:
            self._option = [attrs.get("value"), "selected" in attrs, ""]
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]

    def handle_data(self, data):
        if self._option is not None:
            self._option[2] += data
        elif self._textarea is not None:
            self.data[self._textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "option" and self._option is not None:
            value, selected, text = self._option
            self._options.append((text.strip() if value is None else value, selected))
            self._option = None
        elif tag == "select" and self._select:
            name, multiple = self._select
            chosen = [value for value, selected in self._options if selected]
            if not chosen and not multiple and self._options:
                chosen = [self._options[0][0]]  # a browser sends the first option
            self.data[name] = chosen
            self._select = None
        elif tag == "textarea":
            if self._textarea is not None:  # a browser drops the newline right after <textarea>
                value = self.data[self._textarea][0]
                self.data[self._textarea][0] = value[1:] if value.startswith("\n") else value
            self._textarea = None


def admin_form_data(client, url: str) -> dict[str, list[str]]:
    response = client.get(url)
    assert response.status_code == 200, url
    parser = _ChangeForm()
    parser.feed(response.content.decode())
    assert parser.data, f"no change form on {url}"
    return parser.data


def admin_change(client, url: str, **changes) -> None:
    """Open the admin change page ``url``, change ``changes`` (field name: value, or a list of
    values) and save; the admin must accept it (redirect)."""
    data = admin_form_data(client, url)
    for name, value in changes.items():
        assert name in data, f"{name} is not a field of {url}"
        data[name] = value if isinstance(value, list) else [value]
    response = client.post(url, {**data, "_save": "Save"})
    errors = response.context.get("errors") if response.status_code == 200 and response.context else None
    assert response.status_code == 302, (url, errors)
