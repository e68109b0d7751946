// The allow-list checks the fuzz targets apply to rendered output (tests/fuzz/output_checks):
// each must fail on the construct it exists to catch, and pass the renderer's canonical output.
#include <doctest/doctest.h>

#include "../fuzz/output_checks.h"

using pith::fuzz::allowed_url;
using pith::fuzz::check_html_output;
using pith::fuzz::check_markdown_output;

TEST_CASE("html check: canonical article fragments pass") {
  CHECK(check_html_output("<article>\n<h1>A &amp; B &lt;c&gt; &quot;d&quot;</h1>\n<ul>\n<li>x</li>\n</ul>\n</article>\n") == "");
  CHECK(check_html_output("<p class=\"byline\">By Jo</p>") == "");
  CHECK(check_html_output("<figure><img src=\"https://example.org/a.jpg\" alt=\"A\" /><figcaption>c</figcaption></figure>") == "");
  CHECK(check_html_output("<p><a href=\"https://example.org/?a=1&amp;b=2\">link</a> <a href=\"mailto:x@example.org\">m</a></p>") == "");
  CHECK(check_html_output("<table><tr><td colspan=\"2\">1</td></tr></table>") == "");
}

TEST_CASE("html check: active markup, handlers and other schemes fail") {
  const char* bad[] = {
      "<script>alert(1)</script>", "<p onclick=\"alert(1)\">x</p>", "<img src=x onerror=alert(1)>",
      "<iframe src=\"https://example.org\"></iframe>", "<svg><script>alert(1)</script></svg>",
      "<math><mi>x</mi></math>", "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\" JAVASCRIPT:alert(1)\">x</a>",
      "<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" />",
      "<a href=\"vbscript:msgbox(1)\">x</a>", "<img srcset=\"javascript:alert(1) 1x\" />",
      "<p style=\"background:url(javascript:alert(1))\">x</p>", "<base href=\"https://evil.example/\">",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<!-- c --><p>x</p>",
      "<p>x</b></p>", "<p>unclosed", "<p id=\"x\">clobber</p>", "a > b", "<a href=\"/relative\">x</a>",
      "<form action=\"https://example.org\"><p>x</p></form>", "<p>&nbsp;</p>",
  };
  for (const char* s : bad) {
    INFO(s);
    CHECK(check_html_output(s) != "");
  }
}

TEST_CASE("url rule: only http, https, mailto and #fragments, after what a URL parser strips") {
  CHECK(allowed_url("https://example.org/x"));
  CHECK(allowed_url("HTTP://example.org"));
  CHECK(allowed_url("  mailto:a@example.org "));
  CHECK(allowed_url("#top"));
  CHECK_FALSE(allowed_url("java\tscript:alert(1)"));
  CHECK_FALSE(allowed_url("\x01javascript:alert(1)"));
  CHECK_FALSE(allowed_url("data:text/html,x"));
  CHECK_FALSE(allowed_url("//evil.example/x"));
  CHECK_FALSE(allowed_url(""));
}

TEST_CASE("markdown check: raw HTML, autolinks and links to other schemes fail") {
  CHECK(check_markdown_output("# Title\n\nA \\<b> \\[x\\](javascript:y) paragraph.\n") == "");
  CHECK(check_markdown_output("```\n<script>alert(1)</script>\n```\n") == "");
  CHECK(check_markdown_output("[a](https://example.org) ![i](https://example.org/i.png)\n") == "");
  CHECK(check_markdown_output("<img src=x onerror=alert(1)>\n") != "");
  CHECK(check_markdown_output("see <javascript:alert(1)>\n") != "");
  CHECK(check_markdown_output("[a](javascript:alert(1))\n") != "");
  CHECK(check_markdown_output("[a](&#106;avascript:alert(1))\n") != "");
  CHECK(check_markdown_output("[a]: javascript:alert(1)\n\n[a]\n") != "");
  // A code block closed early lets the rest be read as Markdown.
  CHECK(check_markdown_output("```\ncode\n```\n<script>alert(1)</script>\n```\n") != "");
}
