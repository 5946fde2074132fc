"""User text becomes HTML only through qa.sanitize, when saved."""

import pytest

from qa.sanitize import clean_html, html_excerpt, render_markdown
from tests import factories as f


@pytest.mark.parametrize(
    "dirty",
    [
        "<script>alert('x')</script>Hello",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>Hello",
        '<img src=x onerror="alert(1)">Hello',
        '<p onclick="steal()">Hello</p>',
        '<a href="javascript:alert(1)">Hello</a>',
        '<a href="JaVaScRiPt:alert(1)">Hello</a>',
        "[Hello](javascript:alert(1))",
        '<iframe src="https://evil.example"></iframe>Hello',
        '<style>body{display:none}</style>Hello',
    ],
)
def test_dangerous_markup_is_removed(dirty):
    html = render_markdown(dirty)
    lowered = html.lower()
    assert "<script" not in lowered
    assert "onerror" not in lowered and "onclick" not in lowered
    assert "javascript:" not in lowered
    assert "<iframe" not in lowered and "<style" not in lowered and "<img" not in lowered
    assert "Hello" in html


def test_formatting_and_safe_links_survive():
    html = render_markdown("**Bold** and *soft*\n\n- one\n- two\n\n[NHS](https://www.nhs.uk/)")
    assert "<strong>Bold</strong>" in html and "<em>soft</em>" in html
    assert "<li>one</li>" in html
    assert 'href="https://www.nhs.uk/"' in html and 'rel="nofollow noopener"' in html


def test_clean_html_keeps_text_of_stripped_tags_escaped():
    assert clean_html("<b onmouseover=x>hi</b><blink>there</blink>") == "<b>hi</b>there"
    assert clean_html("1 < 2 & 3") == "1 &lt; 2 &amp; 3"


def test_excerpt_is_plain_text():
    assert html_excerpt("<p>Use <strong>soap</strong> &amp; water</p>") == "Use soap & water"


@pytest.mark.django_db
def test_answer_stores_sanitized_html_and_page_escapes_question_text(client):
    thread = f.thread(
        tags=["acne"],
        body="<script>alert('question')</script> my <b>skin</b>",
        answer_body="Try this <script>alert('answer')</script> [link](javascript:alert(1))",
    )
    answer = thread.answers.get()
    assert "<script" not in answer.body_html and "javascript:" not in answer.body_html

    page = client.get(thread.get_absolute_url()).content.decode()

    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(&#x27;question&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;skin&lt;/b&gt;" in page


@pytest.mark.django_db
def test_editing_the_body_rerenders_the_html():
    answer = f.thread(tags=["acne"], answer_body="first").answers.get()
    answer.body = "**second**"
    answer.save(update_fields=["body"])
    answer.refresh_from_db()
    assert answer.body_html == "<p><strong>second</strong></p>"
