package org.magicref.site;

import org.apache.commons.text.StringEscapeUtils;

/** The frame of every page of the finding aid: head, skip link, navigation, and HTML escaping. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        return text == null ? "" : StringEscapeUtils.escapeHtml4(text);
    }

    /**
     * A whole page.
     *
     * @param root the way back to the site's root from the page ("" or "../")
     */
    static String page(String root, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " \u2014 magicref</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + root + "style.css\">\n</head>\n<body>\n"
                + "<a class=\"skip\" href=\"#main\">Skip to the content</a>\n"
                + "<header><nav aria-label=\"Site\"><a href=\"" + root + "index.html\">Documents</a> "
                + "<a href=\"" + root + "reels.html\">Reels</a> <a href=\"" + root + "timeline.html\">Timeline</a> "
                + "<a href=\"" + root + "audit.html\">Audit</a></nav></header>\n"
                + "<main id=\"main\">\n" + body + "</main>\n"
                + "<footer><p>Record Group 457 finding aid made by magicref from its catalogue.</p></footer>\n"
                + "</body>\n</html>\n";
    }

    static final String STYLE = """
            :root { color-scheme: light; }
            body { font-family: Georgia, 'DejaVu Serif', serif; line-height: 1.5; margin: 0 auto; padding: 0 1rem;
                   max-width: 60rem; color: #111; background: #fff; }
            header nav { display: flex; flex-wrap: wrap; gap: 1rem; padding: .75rem 0; border-bottom: 1px solid #999; }
            a { color: #0b3d91; }
            a:focus, button:focus, input:focus { outline: 3px solid #e8a400; outline-offset: 2px; }
            .skip { position: absolute; left: -999px; }
            .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }
            h1 { font-size: 1.6rem; line-height: 1.25; }
            table { border-collapse: collapse; width: 100%; }
            .scroll { overflow-x: auto; }
            th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
            dl.data { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
            dl.data dt { font-weight: bold; }
            .citation { border-left: 4px solid #999; padding-left: .75rem; margin: 1rem 0; }
            blockquote { margin: .5rem 0 .5rem 1.5rem; }
            .where { font-family: 'DejaVu Sans Mono', Menlo, monospace; font-size: .9rem; }
            .form { margin: .75rem 0; }
            .form p { margin: .25rem 0; }
            button { font: inherit; padding: .2rem .6rem; cursor: pointer; }
            figure { margin: 1rem 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            input[type=search] { font: inherit; width: 100%; max-width: 30rem; padding: .4rem; box-sizing: border-box; }
            #results li { margin: .4rem 0; }
            footer { border-top: 1px solid #999; margin-top: 2rem; font-size: .85rem; color: #444; }
            @media (max-width: 40rem) { dl.data { grid-template-columns: 1fr; } body { padding: 0 .6rem; }
                                        blockquote { margin-left: .5rem; } }
            @media print { header, footer, button, .skip, form { display: none; } }
            """;

    /** Copies a citation form's text, for the copy buttons. */
    static final String COPY = """
            document.querySelectorAll('button.copy').forEach(function (button) {
              button.addEventListener('click', function () {
                var text = document.getElementById(button.dataset.target).textContent;
                var done = function () { button.textContent = 'Copied'; setTimeout(function () { button.textContent = 'Copy'; }, 1500); };
                if (navigator.clipboard && window.isSecureContext) {
                  navigator.clipboard.writeText(text).then(done);
                } else {
                  var area = document.createElement('textarea');
                  area.value = text; document.body.appendChild(area); area.select();
                  document.execCommand('copy'); document.body.removeChild(area); done();
                }
              });
            });
            """;

    /** The index's search: every word must occur in the document's title, identifier, date or passages. */
    static final String SEARCH = """
            (function () {
              var form = document.getElementById('search');
              var input = document.getElementById('q');
              var list = document.getElementById('results');
              var status = document.getElementById('status');
              function words(text) { return text.toLowerCase().split(/[^a-z0-9\\u00c0-\\u024f-]+/).filter(Boolean); }
              function run() {
                var query = words(input.value);
                list.innerHTML = '';
                if (!query.length) { status.textContent = ''; return; }
                var hits = MAGICREF.filter(function (d) {
                  var text = d.text.toLowerCase();
                  return query.every(function (w) { return text.indexOf(w) >= 0; });
                });
                status.textContent = hits.length + (hits.length === 1 ? ' document matches' : ' documents match');
                hits.forEach(function (d) {
                  var li = document.createElement('li');
                  var a = document.createElement('a');
                  a.href = 'documents/' + d.id + '.html';
                  a.textContent = d.id + ' \\u2014 ' + d.title + (d.date ? ', ' + d.date : '');
                  li.appendChild(a);
                  li.appendChild(document.createTextNode(' (' + d.citations + (d.citations === 1 ? ' citation)' : ' citations)')));
                  list.appendChild(li);
                });
              }
              form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
              input.addEventListener('input', run);
              var q = new URLSearchParams(window.location.search).get('q');
              if (q) { input.value = q; run(); }
            })();
            """;
}
