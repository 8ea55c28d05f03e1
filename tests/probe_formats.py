"""A held-out probe corpus of messy files in every import format: saved HTML, e-mail, Markdown, text, PDF.

Every outlet, town, company and person here is invented for Chronik, and every sentence was
written for it. The files imitate what users drop as they are: HTML saved from a browser (menus,
cookie and consent boxes, newsletter boxes, "related stories", photo captions and credits, author
boxes, share bars, reader comments with names and timestamps, live-ticker stamps, JSON-LD,
``<meta property="article:published_time">``, ``<time datetime>``), e-mails (Date header, quoted
replies, signatures, forwarded newsletters), Markdown (YAML and TOML front matter), plain-text
copies of pages and PDFs (press releases, a newspaper page, a page printed from a browser).

The corpus was written, with its truth, before Chronik was run on it. Truth per file:

    want      the publication day the file shows (metadata or text), or None: only "unknown" is right
    events    (ISO day, a word of the sentence): events a reader marks in the article itself
    actors    names a reader marks as actors of the article
    furniture strings of the page's furniture that must never be (in) an event's sentence or label
    never     names of furniture (bylines, credits, commenters, correspondents) that must never be actors

    FORMAT_PAGES            the files
    FORMAT_HELDOUT          12 more, written after the fixes for FORMAT_PAGES, measured before any change for them
    write_format_pages(dir) writes them and returns {path: page}

Used by ``bench/format_probe.py`` (figures, no pass/fail) and ``tests/unit/test_format_probe.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.probe_pages import write_files


@dataclass(frozen=True)
class FormatPage:
    name: str  # file name; the extension decides the reader
    text: str | bytes  # bytes for PDF files
    want: str | None
    events: tuple[tuple[str, str], ...]
    actors: tuple[str, ...]
    furniture: tuple[str, ...]
    never: tuple[str, ...]
    probes: str


# ---------------------------------------------------------------------------------------------
# a small PDF writer: pages of lines in Helvetica (WinAnsi), optional /CreationDate
# ---------------------------------------------------------------------------------------------


def _pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_from_objects(objects: list[bytes], *, with_info: bool) -> bytes:
    """The bytes of a PDF made of ``objects`` (numbered from 1, the catalogue first; the last one the
    document information when ``with_info``), with its cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if with_info:
        trailer += b" /Info %d 0 R" % len(objects)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_file(pages: list[list[str]], *, creation_date: str | None = None) -> bytes:
    """A PDF with one page per list of lines (a text layer, as a word processor or browser writes)."""
    n = len(pages)
    font = 3 + 2 * n
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (3 + 2 * k) for k in range(n)) + b"] /Count %d >>" % n,
    ]
    for k, lines in enumerate(pages):
        ops = [b"BT /F1 10 Tf 13 TL 60 760 Td"]
        for j, line in enumerate(lines):
            ops.append((b"(" if j == 0 else b"T* (") + _pdf_escape(line) + b") Tj")
        ops.append(b"ET")
        content = b"\n".join(ops)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * k, font)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    if creation_date:
        objects.append(b"<< /CreationDate (" + creation_date.encode() + b") /Producer (Invented Writer 1.0) >>")
    return pdf_from_objects(objects, with_info=bool(creation_date))


def _paras(*ps: str) -> str:
    return "".join(f"<p>{p}</p>\n" for p in ps)


# ---------------------------------------------------------------------------------------------
# saved HTML
# ---------------------------------------------------------------------------------------------

_EN_FIRE = (
    "A fire destroyed two buses at the Glenmoor transit depot on Monday night, the city's fire service said.",
    ("Fire Chief Miriam Okafor said crews reached the depot within eight minutes and no one was hurt. "
    "The cause of the blaze is still under investigation."),
    ("Glenmoor Transit said it would borrow four buses from the neighbouring town of Pelling until the "
    "damaged vehicles are replaced."),
    "The city council will discuss the depot's safety at a special meeting on Thursday.",
)

_DE_HOLLERBACH = (
    "Der Stadtrat von Hollerbach hat am Montag den Bau einer neuen Grundschule im Ortsteil Kestenau beschlossen.",
    ("Bürgermeister Ansgar Pletsch sprach nach der Abstimmung von einem wichtigen Tag für die Familien im Ort. "
    "Die Schule soll 2028 eröffnet werden und Platz für 240 Kinder bieten."),
    ("Die Fraktion der Freien Wähler stimmte dagegen. Ihr Sprecher Veit Dornacher kritisierte, die Kosten "
    "von 19 Millionen Euro seien zu knapp berechnet."),
    "Die Ausschreibung für die Bauarbeiten soll im Mai beginnen.",
)

HTML_PAGES: tuple[FormatPage, ...] = (
    FormatPage(
        "en-local-full-page.html",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Fire destroys two buses at Glenmoor depot | Glenmoor Gazette</title>"
        "<meta property='og:site_name' content='Glenmoor Gazette'>"
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        "\"headline\":\"Fire destroys two buses at Glenmoor depot\",\"datePublished\":\"2026-03-10T07:15:00-05:00\","
        "\"dateModified\":\"2026-03-11T12:40:00-05:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Harriet Pollock\"}}</script>"
        "</head><body>"
        "<div id='consent' class='cookie-banner'><p>We use cookies to improve your experience and to show you "
        "personalised advertising. By clicking Accept all you agree to our use of cookies.</p>"
        "<button>Accept all</button><button>Manage preferences</button></div>"
        "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
        "<li><a href='/opinion'>Opinion</a></li><li><a href='/obituaries'>Obituaries</a></li></ul></nav></header>"
        "<main><article><h1>Fire destroys two buses at Glenmoor depot</h1>"
        "<div class='byline'>By Harriet Pollock, Glenmoor Gazette</div>"
        "<div class='share'><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div>"
        "<figure><img src='depot.jpg'><figcaption>Smoke rises over the depot on Pike Street. "
        "Photo: Dominic Vey / Glenmoor Gazette</figcaption></figure>"
        + _paras(*_EN_FIRE[:2])
        + "<aside class='newsletter'><h3>Get the Morning Briefing</h3><p>Sign up for our free newsletter and "
        "get the day's top local stories in your inbox every morning.</p><button>Subscribe</button></aside>"
        + _paras(*_EN_FIRE[2:])
        + "</article>"
        "<section class='related'><h2>More from Glenmoor</h2><ul>"
        "<li><a>Pelling opens new library branch</a> <time datetime='2026-03-02'>March 2</time></li>"
        "<li><a>School board delays vote on bus routes</a> <time datetime='2026-02-27'>Feb 27</time></li></ul></section>"
        "<section id='comments'><h2>Comments (2)</h2>"
        "<div class='comment'><b>TomR_1972</b> <span>March 10, 2026 at 9:14 pm</span>"
        "<p>The council should have inspected that depot years ago.</p></div>"
        "<div class='comment'><b>Beverly Stroud</b> <span>March 11, 2026 at 6:02 am</span>"
        "<p>Thank you to the firefighters who went out in the cold on Monday.</p></div></section>"
        "</main><footer><p>© 2026 Glenmoor Gazette. All rights reserved.</p><a>Privacy policy</a> <a>Terms of use</a></footer>"
        "</body></html>",
        "2026-03-10",
        (("2026-03-09", "destroyed two buses"), ("2026-03-12", "special meeting")),
        ("Miriam Okafor", "Glenmoor Transit"),
        ("We use cookies", "Sign up for our free newsletter", "Pelling opens new library branch",
         "School board delays vote", "inspected that depot years ago", "firefighters who went out in the cold",
         "Share on Facebook", "Smoke rises over the depot"),
        ("Harriet Pollock", "Dominic Vey", "TomR_1972", "Beverly Stroud"),
        "consent box, share bar, caption credit, newsletter box, related list, comments; JSON-LD date",
    ),
    FormatPage(
        "de-regional-autorenbox.html",
        "<!doctype html><html lang='de'><head><meta charset='utf-8'>"
        "<title>Hollerbach bekommt eine neue Grundschule - Talbote</title>"
        "<meta property='article:published_time' content='2026-02-17T18:05:00+01:00'>"
        "<meta property='og:site_name' content='Talbote'></head><body>"
        "<div class='consent'><h2>Ihre Privatsphäre ist uns wichtig</h2><p>Wir und unsere Partner speichern "
        "Informationen auf Ihrem Gerät, um Inhalte zu personalisieren und die Nutzung zu messen.</p>"
        "<button>Alle akzeptieren</button><button>Einstellungen</button></div>"
        "<nav><a>Startseite</a> <a>Lokales</a> <a>Hollerbach</a> <a>Sport</a> <a>Freizeit</a></nav>"
        "<div class='breadcrumb'>Startseite › Lokales › Hollerbach</div>"
        "<article><h1>Hollerbach bekommt eine neue Grundschule</h1>"
        "<p class='author'>Von Greta Wendholz</p>"
        + _paras(*_DE_HOLLERBACH)
        + "<div class='author-box'><h3>Über die Autorin</h3><p>Greta Wendholz schreibt seit 2019 für die "
        "Lokalredaktion Hollerbach. Sie berichtet am liebsten über Schulen und Vereine.</p></div>"
        "</article><section><h2>Das könnte Sie auch interessieren</h2><ul>"
        "<li><a>Kestenauer Kirmes fällt in diesem Jahr aus</a></li><li><a>Neue Buslinie nach Wiesfeld ab April</a></li>"
        "</ul></section>"
        "<section class='comments'><h2>Leserkommentare (2)</h2>"
        "<div><b>Hubert_K.</b> 17.02.2026, 19:40 Uhr<p>Endlich passiert was in Kestenau!</p></div>"
        "<div><b>Martina Seelbach</b> 18.02.2026, 07:12 Uhr<p>Und wer bezahlt das am Ende? Wir Bürger.</p></div>"
        "</section><footer>© Talbote 2026 · Impressum · Datenschutz · AGB</footer></body></html>",
        "2026-02-17",
        (("2026-02-16", "Grundschule"),),
        ("Ansgar Pletsch", "Veit Dornacher"),
        ("Wir und unsere Partner speichern", "schreibt seit 2019", "Kestenauer Kirmes", "Neue Buslinie nach Wiesfeld",
         "Endlich passiert was", "wer bezahlt das am Ende"),
        ("Greta Wendholz", "Hubert_K.", "Martina Seelbach"),
        "consent box, breadcrumb, author box, related box, comments with stamps; meta published_time",
    ),
    FormatPage(
        "en-liveblog.html",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Storm Brannagh live: coast braces for gales</title>"
        "<script type='application/ld+json'>{\"@type\":\"LiveBlogPosting\",\"headline\":\"Storm Brannagh live\","
        "\"datePublished\":\"2026-04-02T06:00:00+01:00\",\"coverageStartTime\":\"2026-04-02T06:00:00+01:00\","
        "\"dateModified\":\"2026-04-02T17:45:00+01:00\"}</script></head><body>"
        "<nav><a>Home</a> <a>Weather</a> <a>Live</a></nav>"
        "<main><h1>Storm Brannagh live: coast braces for gales</h1>"
        "<div class='key-events'><h2>Key events</h2><ul><li>2h ago Ferries cancelled</li><li>5h ago Red warning issued</li></ul></div>"
        "<div class='post'><time datetime='2026-04-02T16:20:00+01:00'>16:20 BST</time>"
        "<p>The Kestrel Isles ferry company has cancelled all crossings for the rest of the day, citing waves of up to nine metres.</p></div>"
        "<div class='post'><time datetime='2026-04-02T13:05:00+01:00'>13:05 BST</time>"
        "<p>Forecasters at the Marlow Weather Office issued a red warning for the western coast on Thursday morning.</p></div>"
        "<div class='post'><time datetime='2026-04-02T09:40:00+01:00'>09:40 BST</time>"
        "<p>Harbourmaster Colm Tierney said all fishing boats had returned to port by Wednesday evening.</p></div>"
        "<button>Show more updates</button></main>"
        "<footer>Sign up to our weather alerts · Follow us on Instagram</footer></body></html>",
        "2026-04-02",
        (("2026-04-02", "red warning"), ("2026-04-01", "returned to port")),
        ("Colm Tierney", "Marlow Weather Office"),
        ("Key events", "Show more updates", "Sign up to our weather alerts", "Follow us on Instagram"),
        (),
        "live blog: ticker stamps, key-events list, LiveBlogPosting JSON-LD",
    ),
    FormatPage(
        "de-time-element-sidebar.html",
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Kurier Talbrunn</title></head><body>"
        "<aside><h3>Meistgelesen</h3><ol><li><a>Talbrunner Bäcker schließt nach 90 Jahren</a> <time datetime='2026-01-19'>19.01.</time></li>"
        "<li><a>Glatteis: Unfälle auf der B 27</a> <time datetime='2026-01-20'>20.01.</time></li></ol></aside>"
        "<article><header><h1>Talbrunn verkauft das alte Postamt</h1>"
        "<p><time datetime='2026-01-21T09:30:00+01:00'>21. Januar 2026, 9:30 Uhr</time> · Von Ole Brammert</p></header>"
        + _paras(
            "Die Stadt Talbrunn hat das alte Postamt am Marktplatz an eine Genossenschaft verkauft. Der Gemeinderat "
            "stimmte dem Vertrag am Dienstagabend mit großer Mehrheit zu.",
            "Die Wohngenossenschaft Talblick will in dem Gebäude zwölf Wohnungen und ein Café einrichten. "
            "Vorstand Ilka Rombach sagte, die Arbeiten sollen im Herbst beginnen.",
        )
        + "<p class='caption'>Das Postamt im Sommer 2021. Foto: Archiv/Kurier Talbrunn</p>"
        "</article><div class='social'>Teilen auf Facebook · Per WhatsApp teilen · Drucken</div>"
        "<footer>© 2026 Kurier Talbrunn GmbH</footer></body></html>",
        "2026-01-21",
        (("2026-01-20", "Vertrag"),),
        ("Ilka Rombach", "Wohngenossenschaft Talblick"),
        ("Talbrunner Bäcker schließt", "Glatteis: Unfälle", "Per WhatsApp teilen", "Das Postamt im Sommer 2021"),
        ("Ole Brammert",),
        "only a <time> in the article header; a most-read sidebar with other days",
    ),
    FormatPage(
        "en-microdata-date.html",
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Orchard Valley cider mill reopens</title></head><body>"
        "<div class='topbar'>Subscribe for $1 · Log in · e-Edition</div>"
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<h1 itemprop='headline'>Orchard Valley cider mill reopens after flood repairs</h1>"
        "<p>By <span itemprop='author'>Wendell Marsh</span> | <span itemprop='datePublished' content='2026-05-06'>May 6, 2026</span></p>"
        "<div itemprop='articleBody'>"
        + _paras(
            "The Hadley cider mill in Orchard Valley reopened on Tuesday, eleven months after floodwater filled its press room.",
            "Owner Rosalind Hadley said the family spent the winter rebuilding the cellar and replacing two presses. "
            "The mill plans a harvest festival on September 19.",
        )
        + "</div></div><p class='ad'>Advertisement</p>"
        "<div class='promo'>Want more stories like this? Get our weekend newsletter.</div></body></html>",
        "2026-05-06",
        (("2026-05-05", "reopened"), ("2026-09-19", "harvest festival")),
        ("Rosalind Hadley",),
        ("Subscribe for $1", "Get our weekend newsletter", "Advertisement"),
        ("Wendell Marsh",),
        "microdata datePublished on a <span>, byline in the same line",
    ),
    FormatPage(
        "de-ohne-datum.html",
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Wiesfelder Tafel sucht Helfer</title></head><body>"
        "<nav>Start | Region | Kultur | Service</nav>"
        "<main><h1>Wiesfelder Tafel sucht Helfer</h1>"
        + _paras(
            "Die Wiesfelder Tafel braucht dringend neue Ehrenamtliche. Seit dem Winter kommen fast doppelt so viele "
            "Menschen zur Ausgabe wie im Jahr davor, sagt Leiterin Agnes Vollrath.",
            "Wer helfen will, kann sich an jedem Mittwoch im Gemeindehaus melden.",
        )
        + "<h2>Weitere Artikel</h2><ul><li>Chor feiert Jubiläum – 12.03.2026</li><li>Stadtfest mit neuer Bühne – 05.03.2026</li></ul>"
        "<h2>Kommentare</h2><p>Renate P. schrieb am 14.03.2026 um 10:15: Tolle Sache, ich mache mit!</p>"
        "</main><footer>© 2026 Wiesfelder Rundschau</footer></body></html>",
        None,
        (),
        ("Agnes Vollrath", "Wiesfelder Tafel"),
        ("Chor feiert Jubiläum", "Stadtfest mit neuer Bühne", "Tolle Sache, ich mache mit"),
        ("Renate P.",),
        "no date of its own: only related items' and a comment's days, a copyright year",
    ),
    FormatPage(
        "en-press-release.html",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Brightmoor Robotics opens Hartwell plant</title>"
        "<meta name='description' content='Brightmoor Robotics opens its second factory.'></head><body>"
        "<div class='wire'>Wirecast News Service</div><article>"
        "<h1>Brightmoor Robotics Opens Second Factory in Hartwell</h1>"
        "<p>News provided by Brightmoor Robotics Inc.</p><p>Jun 03, 2026, 08:00 ET</p>"
        + _paras(
            "HARTWELL, Ore., June 3, 2026 /Wirecast/ -- Brightmoor Robotics Inc. today opened its second factory in Hartwell, "
            "creating 310 jobs over the next two years.",
            "\"Hartwell gave us the space and the people we needed,\" said Chief Executive Priya Venkataraman. "
            "The company will begin shipping warehouse robots from the plant in August.",
            "About Brightmoor Robotics: Brightmoor Robotics designs and builds autonomous carts for warehouses. "
            "Founded in 2014, the company employs 1,200 people.",
            "Media contact: Lena Sorvik, press@brightmoor.example, +1 503 555 0147",
        )
        + "</article><div>SOURCE Brightmoor Robotics Inc.</div><div>Related links: brightmoor.example</div></body></html>",
        "2026-06-03",
        (("2026-06-03", "opened its second factory"),),
        ("Priya Venkataraman", "Brightmoor Robotics"),
        ("Media contact", "press@brightmoor.example", "News provided by"),
        ("Lena Sorvik",),
        "press release: wire dateline, boilerplate, media contact",
    ),
    FormatPage(
        "de-video-jsonld.html",
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Hochwasser in Ebersried</title>"
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"datePublished\":\"2019-05-01T00:00:00+02:00\",\"name\":\"Nachrichten\"},"
        "{\"@type\":\"VideoObject\",\"name\":\"Pegel steigt\",\"uploadDate\":\"2026-02-08T12:00:00+01:00\","
        "\"datePublished\":\"2026-02-08T12:00:00+01:00\"},"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Hochwasser in Ebersried\",\"datePublished\":\"2026-02-09T15:20:00+01:00\"}]}</script>"
        "</head><body><article><h1>Ebersried: Feuerwehr sichert Deich mit Sandsäcken</h1>"
        "<div class='video'>Video abspielen 1:48 min Bildrechte: Sendeanstalt Süd</div>"
        + _paras(
            "In Ebersried hat die Feuerwehr am Sonntag einen aufgeweichten Deich an der Lauter mit Sandsäcken gesichert.",
            "Kreisbrandrat Eberhard Mühlstein sagte, die Lage sei ernst, aber unter Kontrolle. Am Montag sollen "
            "Helfer des Technischen Hilfswerks die Feuerwehr ablösen.",
        )
        + "<p>Bildrechte: picture alliance / Hanna Roeder</p></article>"
        "<div>Dieses Thema im Programm: Abendschau, 09.02.2026, 18:30 Uhr</div></body></html>",
        "2026-02-09",
        (("2026-02-08", "Deich"),),
        ("Eberhard Mühlstein",),
        ("Video abspielen", "Bildrechte", "Dieses Thema im Programm"),
        ("Hanna Roeder",),
        "JSON-LD @graph with a WebPage and a video before the article",
    ),
    FormatPage(
        "en-gallery-captions.html",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Stillwater regatta</title>"
        "<meta name='pubdate' content='20260412'></head><body>"
        "<header>Stillwater Post · Menu · Search · Sign in</header><article>"
        "<h1>Rowers from six states race on Stillwater Lake</h1>"
        "<div class='gallery'><p>1 of 12</p><p>Crews line up at the start on Saturday. (Photo: Ines Harrow/Stillwater Post)</p>"
        "<p>2 of 12</p><p>A coach shouts instructions from the jetty. (Photo: Ines Harrow/Stillwater Post)</p></div>"
        + _paras(
            "More than 400 rowers took part in the Stillwater Lake regatta on Saturday, the largest field in the event's history.",
            "Race director Marcus Abernathy said the club would apply to host the national championships in 2027.",
        )
        + "</article><p>Advertisement</p><div>Trending: Bridge closure extended · Sheriff seeks witnesses</div></body></html>",
        "2026-04-12",
        (("2026-04-11", "regatta"),),
        ("Marcus Abernathy",),
        ("1 of 12", "Crews line up at the start", "coach shouts instructions", "Bridge closure extended"),
        ("Ines Harrow",),
        "photo gallery captions with credits; meta pubdate as yyyymmdd",
    ),
    FormatPage(
        "de-consent-overlay.html",
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Weinfest in Rebstetten</title></head><body>"
        "<div class='cmp-overlay'><h2>Willkommen bei der Rebstettener Zeitung</h2><p>Um Ihnen ein optimales "
        "Erlebnis zu bieten, verwenden wir Cookies und ähnliche Technologien. Mit einem Klick auf Zustimmen & weiter "
        "willigen Sie in die Verarbeitung Ihrer Daten ein. Ihre Einwilligung können Sie jederzeit widerrufen.</p>"
        "<button>Zustimmen & weiter</button><a>Pur-Abo: werbefrei lesen</a></div>"
        "<main><h1>Weinfest in Rebstetten zieht Tausende an</h1><p>Erschienen am 31.08.2026</p>"
        + _paras(
            "Das Rebstettener Weinfest hat am Wochenende rund 9000 Besucher angelockt. Die Winzergenossenschaft "
            "Rebstetten meldete am Sonntagabend einen neuen Rekord.",
            "Vorsitzende Hildegard Faller kündigte an, das Fest im kommenden Jahr um einen Tag zu verlängern.",
        )
        + "<div class='ad'>Anzeige</div><p>Sie wollen keine Nachricht verpassen? Jetzt WhatsApp-Kanal abonnieren.</p>"
        "</main></body></html>",
        "2026-08-31",
        (("2026-08-30", "Rekord"),),
        ("Hildegard Faller", "Winzergenossenschaft Rebstetten"),
        ("verwenden wir Cookies", "Einwilligung", "WhatsApp-Kanal abonnieren", "werbefrei lesen"),
        (),
        "a consent overlay longer than a paragraph; 'Erschienen am' in the text",
    ),
)

# ---------------------------------------------------------------------------------------------
# e-mail
# ---------------------------------------------------------------------------------------------

MAIL_PAGES: tuple[FormatPage, ...] = (
    FormatPage(
        "en-reply-quoted.eml",
        "From: Ruth Calloway <ruth.calloway@fernwick-housing.example>\n"
        "To: Board <board@fernwick-housing.example>\n"
        "Subject: Re: Merger with Ashdown Homes\n"
        "Date: Wed, 18 Mar 2026 16:42:10 +0000\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Dear all,\n\n"
        "The Fernwick Housing board approved the merger with Ashdown Homes on Tuesday after a two-hour debate. "
        "Tenants will be told in writing next week.\n\n"
        "Chair Imogen Haskett will sign the agreement on April 1.\n\n"
        "Best wishes,\nRuth\n\n"
        "-- \nRuth Calloway\nHead of Communications\nFernwick Housing Association\nTel. 01632 960 412\n\n"
        "On Mon, 16 Mar 2026 at 10:02, Paul Denner <paul.denner@fernwick-housing.example> wrote:\n"
        "> Ruth, could you send round a short note once the vote is done?\n"
        "> I will be in Leeds on Tuesday and cannot join the meeting.\n"
        "> Thanks, Paul\n",
        "2026-03-18",
        (("2026-03-17", "approved the merger"), ("2026-04-01", "sign the agreement")),
        ("Imogen Haskett", "Ashdown Homes"),
        ("send round a short note", "I will be in Leeds", "Head of Communications", "wrote:"),
        ("Paul Denner", "Ruth Calloway"),
        "reply with a signature and a quoted message below",
    ),
    FormatPage(
        "de-newsletter-weitergeleitet.eml",
        "From: Jonas Keller <jonas.keller@posteo.example>\n"
        "To: Birte Lenz <birte@lenz.example>\n"
        "Subject: WG: Stadtwerke Eichental informieren: Neue Tarife ab April\n"
        "Date: Thu, 12 Mar 2026 08:15:00 +0100\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Hallo Birte, das betrifft uns auch, lies mal.\nGruß Jonas\n\n"
        "---------- Weitergeleitete Nachricht ---------\n"
        "Von: Stadtwerke Eichental <newsletter@stadtwerke-eichental.example>\n"
        "Datum: Mi., 11. März 2026 um 07:30 Uhr\n"
        "Betreff: Stadtwerke Eichental informieren: Neue Tarife ab April\n"
        "An: <jonas.keller@posteo.example>\n\n"
        "Newsletter März 2026 | Im Browser ansehen\n\n"
        "Liebe Kundinnen und Kunden,\n\n"
        "die Stadtwerke Eichental senken zum 1. April die Strompreise um durchschnittlich acht Prozent. "
        "Das hat der Aufsichtsrat am Montag beschlossen.\n\n"
        "Geschäftsführer Lorenz Habicht sagte, der günstigere Einkauf an der Börse werde vollständig weitergegeben.\n\n"
        "Ihre Stadtwerke Eichental\n\n"
        "Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Newsletter abbestellen | "
        "Impressum | Datenschutz\n",
        "2026-03-11",
        (("2026-04-01", "Strompreise"), ("2026-03-09", "Aufsichtsrat")),
        ("Lorenz Habicht", "Stadtwerke Eichental"),
        ("das betrifft uns auch", "Weitergeleitete Nachricht", "Im Browser ansehen", "Newsletter abbestellen",
         "Sie erhalten diese E-Mail"),
        ("Jonas Keller", "Birte Lenz"),
        "a forwarded newsletter: its own 'Datum:' line, not the forward's header",
    ),
    FormatPage(
        "en-newsletter-html.eml",
        "From: The Corbridge Brief <brief@corbridge-daily.example>\n"
        "To: reader@example.org\n"
        "Subject: Tuesday: Corbridge hospital wing, river clean-up\n"
        "Date: Tue, 07 Apr 2026 06:00:00 +0100\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/alternative; boundary=\"xyz\"\n\n"
        "--xyz\nContent-Type: text/html; charset=utf-8\n\n"
        "<html><body><p><a>View this email in your browser</a></p>"
        "<h1>The Corbridge Brief</h1><p>Good morning. Here is what you need to know today.</p>"
        "<h2>Hospital wing opens</h2><p>The new children's wing of Corbridge General Hospital opened on Monday with "
        "48 beds. Hospital director Anselm Whitcombe said the first patients would move in next week.</p>"
        "<h2>River clean-up</h2><p>Volunteers from the Tyneside Rowing Club pulled 300 kilograms of rubbish from the "
        "river on Sunday.</p>"
        "<p>Forward this email to a friend · Update your preferences · Unsubscribe</p>"
        "<p>You are receiving this because you signed up at corbridge-daily.example.</p></body></html>\n"
        "--xyz--\n",
        "2026-04-07",
        (("2026-04-06", "children's wing"), ("2026-04-05", "rubbish")),
        ("Anselm Whitcombe", "Corbridge General Hospital"),
        ("View this email in your browser", "Forward this email to a friend", "Unsubscribe",
         "You are receiving this"),
        (),
        "an HTML-only newsletter e-mail",
    ),
    FormatPage(
        "de-antwort-zitat.eml",
        "From: Sabine Ortlepp <presse@landkreis-wermsdorf.example>\n"
        "To: Redaktion Kreisblatt <redaktion@kreisblatt.example>\n"
        "Subject: AW: Anfrage zur Sperrung der Kreisstraße 14\n"
        "Date: Tue, 10 Mar 2026 11:20:00 +0100\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Sehr geehrter Herr Keller,\n\n"
        "die Kreisstraße 14 zwischen Wermsdorf und Lindach wird ab dem 16. März für sechs Wochen gesperrt. "
        "Der Landkreis Wermsdorf erneuert dort die Brücke über den Mühlgraben.\n\n"
        "Landrat Friedemann Teuber hat die Pläne am Montag im Kreistag vorgestellt.\n\n"
        "Mit freundlichen Grüßen\nSabine Ortlepp\nPressestelle Landkreis Wermsdorf\nTelefon 03433 555-210\n\n"
        "Am Mo., 9. März 2026 um 18:12 Uhr schrieb Jonas Keller <j.keller@kreisblatt.example>:\n"
        "> Sehr geehrte Frau Ortlepp,\n"
        "> können Sie mir sagen, wie lange die Kreisstraße gesperrt bleibt?\n"
        "> Viele Grüße, Jonas Keller\n",
        "2026-03-10",
        (("2026-03-16", "gesperrt"), ("2026-03-09", "Kreistag")),
        ("Friedemann Teuber", "Landkreis Wermsdorf"),
        ("wie lange die Kreisstraße gesperrt bleibt", "Mit freundlichen Grüßen", "Telefon 03433"),
        ("Sabine Ortlepp", "Jonas Keller"),
        "German reply: 'Am ... schrieb ...:' and a quoted question, a signature",
    ),
    FormatPage(
        "en-no-date-header.eml",
        "From: Tobias Greer <tg@example.net>\n"
        "To: Nina <nina@example.net>\n"
        "Subject: the ferry story\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Nina,\n\n"
        "pasting the piece I mentioned:\n\n"
        "The Kestrel Isles ferry will stop calling at Dunmore harbour from next spring, the operator said. "
        "Harbour trust chair Aoife Brennick called the decision a blow to the island's shops.\n\n"
        "Sent from my phone\n",
        None,
        (),
        ("Aoife Brennick",),
        ("Sent from my phone", "pasting the piece"),
        ("Tobias Greer",),
        "no Date header and no day in the text: unknown",
    ),
    FormatPage(
        "en-forwarded-outlook.eml",
        "From: Dana Whitlow <dana.whitlow@example.com>\n"
        "To: newsdesk@harlow-courier.example\n"
        "Subject: FW: Marston Valley Water announces reservoir upgrade\n"
        "Date: Fri, 06 Feb 2026 09:03:00 -0500\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "FYI - might be worth a story.\n\n"
        "________________________________\n"
        "From: Marston Valley Water <media@marstonwater.example>\n"
        "Sent: Thursday, February 5, 2026 3:14 PM\n"
        "To: Dana Whitlow <dana.whitlow@example.com>\n"
        "Subject: Marston Valley Water announces reservoir upgrade\n\n"
        "Marston Valley Water will spend $42 million to strengthen the Caddick reservoir dam, the utility said on Thursday. "
        "Work is due to start on May 4.\n\n"
        "General manager Theo Barraclough said the dam had passed every inspection but needed new spillway gates.\n\n"
        "This message may contain confidential information. If you are not the intended recipient, please delete it.\n",
        "2026-02-05",
        (("2026-05-04", "Work is due to start"), ("2026-02-05", "strengthen")),
        ("Theo Barraclough", "Marston Valley Water"),
        ("might be worth a story", "may contain confidential information"),
        ("Dana Whitlow",),
        "an Outlook forward: 'Sent:' line of the original message",
    ),
)

# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------

MARKDOWN_PAGES: tuple[FormatPage, ...] = (
    FormatPage(
        "de-front-date.md",
        "---\ntitle: Lindacher Freibad öffnet früher\ndate: 2026-04-24\nauthor: Kathrin Oswald\ntags: [lokales, freibad]\n---\n\n"
        "# Lindacher Freibad öffnet früher\n\n"
        "Teilen: [Facebook](https://facebook.example) · [E-Mail](mailto:x@example.org) · Drucken\n\n"
        "Das Freibad in Lindach öffnet in diesem Jahr schon am 1. Mai. Das hat der Bäderbetrieb Lindach am Donnerstag mitgeteilt.\n\n"
        "Betriebsleiter Gernot Rautenberg sagte, das neue Solardach halte das Wasser warm genug.\n\n"
        "> **Newsletter:** Jeden Freitag die wichtigsten Nachrichten aus Lindach. [Jetzt anmelden](https://example.org/nl)\n\n"
        "*Foto: Kathrin Oswald*\n",
        "2026-04-24",
        (("2026-05-01", "öffnet"),),
        ("Gernot Rautenberg", "Bäderbetrieb Lindach"),
        ("Jetzt anmelden", "Jeden Freitag die wichtigsten Nachrichten", "Teilen:"),
        ("Kathrin Oswald",),
        "YAML front matter date; share line, newsletter quote box",
    ),
    FormatPage(
        "en-front-published-comments.md",
        "---\ntitle: \"Ashbury votes to keep its post office\"\npublished: '2026-04-14T08:00:00+01:00'\n"
        "created: '2026-05-20T21:13:00+01:00'\nsource: https://ashbury-echo.example/news/post-office\n---\n\n"
        "# Ashbury votes to keep its post office\n\n"
        "Ashbury parish council voted on Monday to buy the village post office building, keeping the counter open.\n\n"
        "Councillor Bernadette Quill said the purchase would be paid for from reserves and a grant.\n\n"
        "## Comments\n\n"
        "**oldmillfan** · 14 April 2026, 10:32\n\nGreat news, the nearest branch is nine miles away.\n\n"
        "**Derek Pannell** · 15 April 2026, 08:05\n\nAbout time the council did something useful.\n",
        "2026-04-14",
        (("2026-04-13", "post office"),),
        ("Bernadette Quill",),
        ("nearest branch is nine miles away", "About time the council"),
        ("oldmillfan", "Derek Pannell"),
        "clipper front matter 'published' with a later 'created'; comments section",
    ),
    FormatPage(
        "en-jekyll-post.md",
        "---\nlayout: post\ntitle: \"Harbour festival returns to Porthallow\"\ndate: 2026-01-09 14:20:00 +0000\n"
        "categories: [events, porthallow]\n---\n\n"
        "Porthallow's harbour festival will return on June 6 after a two-year break, organisers said on Thursday.\n\n"
        "Festival director Kerensa Tregothnan said twenty boats had already signed up for the parade.\n\n"
        "---\n\n*Like this post? Share it with a friend or [subscribe to the blog](https://example.org/subscribe).*\n",
        "2026-01-09",
        (("2026-06-06", "harbour festival"),),
        ("Kerensa Tregothnan",),
        ("Share it with a friend", "subscribe to the blog"),
        (),
        "a blog post: Jekyll front matter date with time and offset",
    ),
    FormatPage(
        "de-clipper-ohne-datum.md",
        "---\ntitle: \"Neue Fähre für den Brensee\"\nsource: \"https://seekurier.example/region/faehre\"\n"
        "created: 2026-05-01\ntags:\n  - clippings\n---\n\n"
        "# Neue Fähre für den Brensee\n\nStand: 28.04.2026, 16:10 Uhr\n\n"
        "Die Schifffahrtsgesellschaft Brensee hat am Montag eine neue Elektrofähre in Dienst gestellt. "
        "Sie soll von Juni an stündlich zwischen Uferbach und Seeheim fahren.\n\n"
        "Kapitän Henning Vasold sagte, die Fähre sei deutlich leiser als das alte Schiff.\n\n"
        "Mehr zum Thema\n\n- [Seeheim plant neuen Steg](https://seekurier.example/steg) 21.04.2026\n",
        "2026-04-28",
        (("2026-04-27", "Elektrofähre"),),
        ("Henning Vasold", "Schifffahrtsgesellschaft Brensee"),
        ("Seeheim plant neuen Steg",),
        (),
        "clipper without a published date: 'Stand:' in the text, not 'created'",
    ),
    FormatPage(
        "en-hugo-toml.md",
        "+++\ntitle = \"Quarry expansion approved at Fellbeck\"\ndate = 2026-03-03T10:00:00Z\n"
        "draft = false\ntags = [\"planning\"]\n+++\n\n"
        "Fellbeck district council approved the expansion of the Greystone quarry on Monday, despite objections from "
        "residents of nearby Harle.\n\n"
        "Residents' group spokesman Oswin Latimer said they would ask for a judicial review.\n",
        "2026-03-03",
        (("2026-03-02", "quarry"),),
        ("Oswin Latimer",),
        ("draft = false", "tags ="),
        (),
        "TOML front matter (Hugo) with a date",
    ),
)

# ---------------------------------------------------------------------------------------------
# plain text copies
# ---------------------------------------------------------------------------------------------

TEXT_PAGES: tuple[FormatPage, ...] = (
    FormatPage(
        "en-copied-browser.txt",
        "Skip to content\nHome\nNews\nSport\nWeather\nAccept all cookies\nReject non-essential\n\n"
        "Pelling Herald\n\nNews | Local\n\n"
        "Pelling mill fire: owner charged with arson\n\n"
        "By Connor Ashby | Published 4:12 PM GMT, Tue March 24, 2026\n\n"
        "Share\nFacebook\nTwitter\nEmail\n\n"
        "The owner of the former Pelling textile mill has been charged with arson over a fire that gutted the building last "
        "November, police said on Tuesday.\n\n"
        "Detective Inspector Rhona Gilchrist said the 58-year-old man would appear before Pelling magistrates on April 9.\n\n"
        "The mill in 2019. Photo: Archive / Pelling Herald\n\n"
        "Related stories\nMill site could become housing\nFire crews praised for mill rescue\n\n"
        "Comments (14)\n\nJaneyB\n2 hours ago\nHe should never have been allowed to buy it.\n\n"
        "Reply  Like\n",
        "2026-03-24",
        (("2026-03-24", "charged with arson"), ("2026-04-09", "magistrates")),
        ("Rhona Gilchrist",),
        ("Accept all cookies", "Mill site could become housing", "Fire crews praised", "never have been allowed to buy it",
         "The mill in 2019"),
        ("Connor Ashby", "JaneyB"),
        "a page copied from the browser: menu, cookie buttons, share bar, related, comments",
    ),
    FormatPage(
        "de-liveticker-kopiert.txt",
        "Liveblog\n\nTarifstreit bei der Nordbahn: Der Streiktag im Ticker\n\n"
        "Zuletzt aktualisiert: 15.04.2026, 16:45 Uhr\n\n"
        "+++ 16:45 Uhr +++\nDie Gewerkschaft der Zugbegleiter kündigt für Freitag einen weiteren Warnstreik an.\n\n"
        "+++ 12:10 Uhr +++\nNordbahn-Sprecherin Elke Brandhorst sagt, nur jeder dritte Zug sei heute unterwegs.\n\n"
        "+++ 06:00 Uhr +++\nDer Warnstreik hat begonnen. Auf den Strecken rund um Harsefeld fallen die meisten Züge aus.\n\n"
        "Newsticker aktualisieren\nAlle Beiträge anzeigen\n",
        "2026-04-15",
        (("2026-04-17", "Warnstreik"), ("2026-04-15", "begonnen")),
        ("Elke Brandhorst", "Nordbahn"),
        ("Newsticker aktualisieren", "Alle Beiträge anzeigen"),
        (),
        "a copied live ticker: '+++ hh:mm Uhr +++' stamps, 'Zuletzt aktualisiert'",
    ),
    FormatPage(
        "en-agency-copy.txt",
        "Ostbury port strike ends after pay deal\n\n"
        "By Tomas Lindqvist\n\nMarch 30, 2026 7:41 AM GMT+1 Updated 2 hours ago\n\n"
        "OSTBURY, March 30 (Newsline) - Dock workers at the port of Ostbury ended a nine-day strike on Monday after "
        "accepting a pay rise of 6 percent, their union said.\n\n"
        "Union leader Maren Halvorsen said the first ships would be unloaded on Tuesday.\n\n"
        "Reporting by Tomas Lindqvist; Editing by Hana Pruitt\n\nOur Standards: How we report the news.\n",
        "2026-03-30",
        (("2026-03-30", "ended a nine-day strike"), ("2026-03-31", "unloaded")),
        ("Maren Halvorsen",),
        ("Reporting by", "Editing by", "Our Standards"),
        ("Tomas Lindqvist", "Hana Pruitt"),
        "agency copy: dateline without a year under a dated byline, a credit line at the end",
    ),
    FormatPage(
        "de-text-ohne-datum.txt",
        "Gemeinde Brachtal sucht neuen Förster\n\n"
        "Der langjährige Förster der Gemeinde Brachtal, Wendelin Aumüller, geht am Dienstag in den Ruhestand. "
        "Die Stelle soll bis zum Herbst neu besetzt werden.\n\n"
        "Aumüller hatte den Gemeindewald fast 30 Jahre lang betreut.\n\n"
        "Foto: Privat\n",
        None,
        (),
        ("Wendelin Aumüller",),
        ("Foto: Privat",),
        (),
        "a text without any publication date: unknown",
    ),
    FormatPage(
        "en-mail-pasted.txt",
        "From: Fellbeck District Council <press@fellbeck.example>\n"
        "Sent: Tuesday, 17 February 2026 10:05\n"
        "To: Newsdesk\n"
        "Subject: Press release: Fellbeck bridge to reopen\n\n"
        "The Wenning bridge in Fellbeck will reopen to traffic on February 27 after repairs to its supports, the council said.\n\n"
        "Highways officer Clement Ashworth said buses would return to the route on the same day.\n\n"
        "ENDS\n\nNotes to editors: Photos of the repair work are available on request.\n",
        "2026-02-17",
        (("2026-02-27", "reopen"),),
        ("Clement Ashworth",),
        ("Notes to editors", "Photos of the repair work are available"),
        (),
        "an e-mail pasted as text: its 'Sent:' header line",
    ),
)

# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

PDF_PAGES: tuple[FormatPage, ...] = (
    FormatPage(
        "de-pressemitteilung.pdf",
        pdf_file(
            [[
                "Pressemitteilung Nr. 14/2026",
                "Stadtverwaltung Eichental",
                "Eichental, 19.03.2026",
                "",
                "Eichental bekommt ein neues Jugendzentrum",
                "",
                "Der Stadtrat von Eichental hat am Mittwoch den Bau eines Jugendzentrums am Bahnhof beschlossen.",
                "Oberbürgermeisterin Dorothea Kreidler sagte, das Haus solle im Herbst 2027 eröffnet werden.",
                "",
                "Pressekontakt: Malte Sieverding, Telefon 07171 555-30, presse@eichental.example",
            ]],
            creation_date="D:20260320091500+01'00'",
        ),
        "2026-03-19",
        (("2026-03-18", "Jugendzentrum"),),
        ("Dorothea Kreidler",),
        ("Pressekontakt",),
        ("Malte Sieverding",),
        "press release PDF: the date line in the text, a later file creation date",
    ),
    FormatPage(
        "en-newspaper-page.pdf",
        pdf_file(
            [[
                "THE HARLOW COURIER  |  Thursday, February 12, 2026  |  Page 3",
                "",
                "Harlow library to open on Sundays",
                "By Imelda Crouch",
                "",
                "Harlow's central library will open on Sundays from March 1, the town council decided on Tuesday.",
                "Librarian Godfrey Ambler said volunteers from the Friends of Harlow Library would staff the extra day.",
                "",
                "WEATHER  Today: rain, 7C  Friday: sunny spells, 9C",
                "Continued on Page 5",
            ]]
        ),
        "2026-02-12",
        (("2026-03-01", "Sundays"), ("2026-02-10", "council decided")),
        ("Godfrey Ambler",),
        ("Continued on Page 5", "WEATHER"),
        ("Imelda Crouch",),
        "a newspaper page: the date in the running head",
    ),
    FormatPage(
        "en-browser-print.pdf",
        pdf_file(
            [
                [
                    "3/25/26, 9:14 AM    Hospital wing opens in Corbridge | Corbridge Daily",
                    "",
                    "Hospital wing opens in Corbridge",
                    "Published March 23, 2026",
                    "",
                    "Corbridge General Hospital opened its new maternity wing on Saturday, a year later than planned.",
                    "Chief nurse Philippa Dunmore said the wing would handle 2,000 births a year.",
                    "https://corbridge-daily.example/news/hospital-wing    1/2",
                ],
                [
                    "3/25/26, 9:14 AM    Hospital wing opens in Corbridge | Corbridge Daily",
                    "",
                    "The hospital trust will hold an open day for families on April 18.",
                    "https://corbridge-daily.example/news/hospital-wing    2/2",
                ],
            ],
            creation_date="D:20260325091400Z",
        ),
        "2026-03-23",
        (("2026-03-21", "maternity wing"), ("2026-04-18", "open day")),
        ("Philippa Dunmore", "Corbridge General Hospital"),
        ("9:14 AM", "corbridge-daily.example/news"),
        (),
        "a page printed from a browser: print-day header and address footer on every page",
    ),
    FormatPage(
        "de-pdf-nur-erstellt.pdf",
        pdf_file(
            [[
                "Informationsblatt",
                "Bürgerverein Altmühlhof",
                "",
                "Der Bürgerverein Altmühlhof lädt zur Pflanzaktion am Dorfteich ein.",
                "Vorsitzender Reinhold Gschwendtner bittet alle Helfer, Spaten mitzubringen.",
                "",
                "Seite 1 von 1",
            ]],
            creation_date="D:20260502120000+02'00'",
        ),
        "2026-05-02",
        (),
        ("Reinhold Gschwendtner", "Bürgerverein Altmühlhof"),
        ("Seite 1 von 1",),
        (),
        "a PDF whose only date is the file's creation day (metadata)",
    ),
)

# ---------------------------------------------------------------------------------------------
# held out: written after the fixes for FORMAT_PAGES, measured before any change for them
# ---------------------------------------------------------------------------------------------

FORMAT_HELDOUT: tuple[FormatPage, ...] = (
    FormatPage(
        "en-outlook-reply.eml",
        "From: Gwendolyn Stirrup <g.stirrup@tarnmoor.example>\nTo: Newsroom <news@tarnmoor-times.example>\n"
        "Subject: RE: Question about the skate park\nDate: Thu, 15 Oct 2026 14:05:00 +0100\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Tarnmoor town council agreed on Wednesday to build a skate park beside the leisure centre. "
        "Building work is due to begin on November 2.\n\n"
        "Gwendolyn Stirrup\nCommunications Officer\n\n"
        "From: Rafferty Colquhoun <r.colquhoun@tarnmoor-times.example>\nSent: Tuesday, October 13, 2026 9:48 AM\n"
        "To: Gwendolyn Stirrup <g.stirrup@tarnmoor.example>\nSubject: Question about the skate park\n\n"
        "Hi Gwendolyn, is the council voting on the skate park on Wednesday? I am off to Penwick on Friday.\n",
        "2026-10-15",
        (("2026-10-14", "skate park"), ("2026-11-02", "Building work")),
        ("Tarnmoor",),
        ("I am off to Penwick", "Communications Officer"),
        ("Rafferty Colquhoun", "Gwendolyn Stirrup"),
        "an Outlook reply: the original below a 'From: / Sent:' block, an unmarked signature",
    ),
    FormatPage(
        "de-gmail-forward-english-labels.eml",
        "From: Henrike Pfannstiel <henrike@example.org>\nTo: Redaktion <redaktion@lauchtaler-bote.example>\n"
        "Subject: Fwd: Einladung: Richtfest der Stadthalle Mettlingen\nDate: Wed, 07 Oct 2026 19:30:00 +0200\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Zur Info für den Terminkalender.\n\n"
        "---------- Forwarded message ---------\nFrom: Stadt Mettlingen <presse@mettlingen.example>\n"
        "Date: Mon, Oct 5, 2026 at 9:12 AM\nSubject: Einladung: Richtfest der Stadthalle Mettlingen\n"
        "To: <henrike@example.org>\n\n"
        "Die Stadt Mettlingen feiert am 16. Oktober das Richtfest der neuen Stadthalle. "
        "Bürgermeisterin Rosalinde Eckart lädt alle Bürgerinnen und Bürger ein.\n\n"
        "Der Rohbau war im Sommer fertig geworden.\n",
        "2026-10-05",
        (("2026-10-16", "Richtfest"),),
        ("Rosalinde Eckart", "Stadt Mettlingen"),
        ("Zur Info für den Terminkalender", "Forwarded message"),
        ("Henrike Pfannstiel",),
        "a German forward with Gmail's English labels",
    ),
    FormatPage(
        "en-apple-mail-forward.eml",
        "From: Obadiah Fenwright <ofen@example.net>\nTo: tips@harlow-courier.example\n"
        "Subject: Fwd: Harlow Orchestra season announced\nDate: Sat, 17 Oct 2026 11:00:00 +0100\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Thought you might want this.\n\nObadiah\n\n"
        "Begin forwarded message:\n\n"
        "From: Harlow Orchestra <hello@harlow-orchestra.example>\n"
        "Subject: Harlow Orchestra season announced\nDate: 14 October 2026 at 08:02:11 BST\n"
        "To: Obadiah Fenwright <ofen@example.net>\n\n"
        "The Harlow Orchestra will open its new season on November 7 with a concert in the Corn Exchange. "
        "Conductor Ludmila Varga said the season would include three new works by local composers.\n",
        "2026-10-14",
        (("2026-11-07", "open its new season"),),
        ("Ludmila Varga", "Harlow Orchestra"),
        ("Thought you might want this", "Begin forwarded message"),
        ("Obadiah Fenwright",),
        "an Apple Mail forward: 'Begin forwarded message:' and a 'Date: ... at ...' line",
    ),
    FormatPage(
        "de-html-antwort-gmail-quote.eml",
        "From: Konstantin Weyrauch <k.weyrauch@vereinsring-lindach.example>\nTo: Redaktion <redaktion@kreisblatt.example>\n"
        "Subject: Re: Herbstmarkt Lindach\nDate: Mon, 19 Oct 2026 10:10:00 +0200\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "<html><body><div dir='ltr'><p>Guten Tag,</p><p>der Vereinsring Lindach hat den Herbstmarkt am Samstag "
        "wegen des Sturms abgesagt. Der Markt wird am 31. Oktober nachgeholt.</p>"
        "<p>Viele Grüße<br>Konstantin Weyrauch<br>Vorsitzender</p></div>"
        "<div class='gmail_quote'><div class='gmail_attr'>Am Fr., 16. Okt. 2026 um 15:22 Uhr schrieb Ottilie Brandauer "
        "&lt;o.brandauer@kreisblatt.example&gt;:</div><blockquote class='gmail_quote'>"
        "<p>Findet der Herbstmarkt am Samstag statt? Ich bin am Sonntag in Kestenau.</p></blockquote></div>"
        "</body></html>\n",
        "2026-10-19",
        (("2026-10-17", "abgesagt"), ("2026-10-31", "nachgeholt")),
        ("Vereinsring Lindach",),
        ("Ich bin am Sonntag in Kestenau", "Findet der Herbstmarkt"),
        ("Ottilie Brandauer", "Konstantin Weyrauch"),
        "an HTML-only reply: Gmail's quote block and a sign-off in <br> lines",
    ),
    FormatPage(
        "en-opinion-column.html",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Opinion: Keep the night buses | Tarnmoor Times</title>"
        "<meta name='date' content='2026-10-20'><meta property='og:site_name' content='Tarnmoor Times'></head><body>"
        "<nav><a>News</a> <a>Opinion</a> <a>Letters</a> <a>Puzzles</a></nav><article><h1>Keep the night buses</h1>"
        "<p class='kicker'>Opinion</p><p>By Perpetua Langridge</p>"
        + _paras(
            "Tarnmoor Transit announced on Monday that it will cut the last two night buses from January 4.",
            "Nurses, cleaners and bar staff depend on those buses. Transit director Ambrose Kettlewell should think again.",
        )
        + "<div class='bio'>Perpetua Langridge is a columnist for the Tarnmoor Times and a former bus driver. "
        "She lives in Penwick.</div><div class='tags'>Topics: Transport · Tarnmoor · Opinion</div></article>"
        "<aside><h2>Most read</h2><ol><li>Skate park approved</li><li>Harvest fair draws record crowd</li></ol></aside>"
        "</body></html>",
        "2026-10-20",
        (("2026-10-19", "night buses"), ("2027-01-04", "night buses")),
        ("Ambrose Kettlewell", "Tarnmoor Transit"),
        ("is a columnist for the Tarnmoor Times", "Skate park approved", "Harvest fair draws record crowd"),
        ("Perpetua Langridge",),
        "an opinion column: meta name=date, an author bio, a tag list, a most-read box",
    ),
    FormatPage(
        "de-ticker-meta-date.html",
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Sturmtief über dem Lauchtal</title>"
        "<meta name='date' content='2026-10-17T07:00:00+02:00'></head><body><main>"
        "<h1>Sturmtief über dem Lauchtal – der Tag im Überblick</h1>"
        "<section class='ticker'>"
        "<article><time datetime='2026-10-17T18:40:00+02:00'>18:40 Uhr</time><p>Die Bahnstrecke zwischen Mettlingen und "
        "Wiesfeld ist wieder frei, teilt die Nordbahn mit.</p></article>"
        "<article><time datetime='2026-10-17T11:15:00+02:00'>11:15 Uhr</time><p>Kreisbrandmeister Gottfried Ilgner "
        "meldet mehr als 120 Einsätze seit Mitternacht.</p></article>"
        "</section><p>Neueste Einträge laden</p></main>"
        "<footer>Lauchtaler Bote · Kontakt · Abo · Mediadaten</footer></body></html>",
        "2026-10-17",
        (),
        ("Gottfried Ilgner",),
        ("Neueste Einträge laden", "Mediadaten"),
        (),
        "a ticker of <article> posts each with its own <time>; meta name=date",
    ),
    FormatPage(
        "en-address-date-only.html",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Penwick lido to close for repairs</title>"
        "<link rel='canonical' href='https://penwick-post.example/news/2026/10/21/penwick-lido-to-close'></head><body>"
        "<h1>Penwick lido to close for repairs</h1>"
        + _paras(
            "Penwick's open-air lido will close on November 1 for six months of repairs to its pool walls.",
            "Leisure manager Cressida Holloway said the lido would reopen in time for the summer.",
        )
        + "<p>Share this article: Facebook | X | WhatsApp | Email</p></body></html>",
        "2026-10-21",
        (("2026-11-01", "close"),),
        ("Cressida Holloway",),
        ("Share this article",),
        (),
        "only the canonical address shows the day",
    ),
    FormatPage(
        "en-ghost-export.md",
        "---\ntitle: \"Tarnmoor bakery wins national prize\"\npublished_at: 2026-10-23T06:30:00.000Z\n"
        "updated_at: 2026-10-24T09:00:00.000Z\nauthors: [\"Sebastian Quarrie\"]\n---\n\n"
        "The Crumb & Kettle bakery in Tarnmoor won the national sourdough prize on Thursday. Owner Delphine Abara "
        "said the whole team would travel to the award ceremony in Harlow on November 12.\n\n"
        "*Sebastian Quarrie writes about food for the Tarnmoor Times.*\n",
        "2026-10-23",
        (("2026-10-22", "sourdough prize"), ("2026-11-12", "award ceremony")),
        ("Delphine Abara",),
        ("writes about food",),
        ("Sebastian Quarrie",),
        "a blog export's front matter 'published_at' (and 'updated_at')",
    ),
    FormatPage(
        "en-copied-published-updated.txt",
        "Tarnmoor Times\nSubscribe\nSign in\n\nLocal news\n\nHarvest fair draws record crowd\n\n"
        "Published Oct. 23, 2026 at 5:10 p.m. | Updated Oct. 24, 2026 at 8:02 a.m.\n\n"
        "More than 12,000 people visited the Tarnmoor harvest fair on Saturday, organisers said on Sunday... "
        "\n\nFair chairman Barnaby Oakes said next year's fair would run over two days.\n\n"
        "Comments\n\nPosted by hedgehog_lady on 10/24/2026\nBest fair in years!\n\n"
        "Posted by Rupert V. on 10/24/2026\nParking was a nightmare.\n",
        "2026-10-23",
        (),
        ("Barnaby Oakes",),
        ("Best fair in years", "Parking was a nightmare"),
        ("hedgehog_lady", "Rupert V."),
        "'Published ... | Updated ...' on one line; comments 'Posted by X on date'",
    ),
    FormatPage(
        "de-zeitung-zwei-seiten.pdf",
        pdf_file(
            [
                ["Lauchtaler Bote · Freitag, 23. Oktober 2026 · Seite 3", "",
                 "Wiesfeld bekommt einen Bahnhalt zurück",
                 "Von Arnulf Seibold",
                 "Die Nordbahn hält vom 13. Dezember an wieder in Wiesfeld. Das hat der Verkehrsverbund Lauchtal",
                 "am Donnerstag mitgeteilt. Landrat Friedemann Teuber sprach von einem guten Tag für die Region."],
                ["Lauchtaler Bote · Freitag, 23. Oktober 2026 · Seite 4", "",
                 "Der Halt war vor elf Jahren geschlossen worden, weil zu wenige Fahrgäste einstiegen.",
                 "Anzeige", "Autohaus Brenner – jetzt Winterreifen wechseln"],
            ],
            creation_date="D:20261022231500+02'00'",
        ),
        "2026-10-23",
        (("2026-12-13", "Wiesfeld"), ("2026-10-22", "mitgeteilt")),
        ("Friedemann Teuber", "Verkehrsverbund Lauchtal"),
        ("jetzt Winterreifen wechseln",),
        ("Arnulf Seibold",),
        "a two-page newspaper PDF: the day in the running head; made the evening before",
    ),
    FormatPage(
        "en-newsletter-season.pdf",
        pdf_file([[
            "Penwick Allotment Society", "Newsletter · Issue 14 · Autumn 2026", "",
            "The society will hold its seed swap in the village hall on a Saturday in November.",
            "Secretary Marigold Entwistle thanks everyone who helped at the open garden weekend.",
        ]]),
        None,
        (),
        ("Marigold Entwistle",),
        (),
        (),
        "a season, not a day: unknown",
    ),
    FormatPage(
        "de-kopie-paywall.txt",
        "Startseite › Region › Lindach\n\nLindach\n\nNeue Ärztin für Lindach gefunden\n\n"
        "Veröffentlicht: 26.10.2026 | Lesedauer: 2 Minuten\n\n"
        "Lindach hat nach zwei Jahren Suche wieder eine Hausärztin. Dr. Amelie Kronsbein eröffnet am 2. November "
        "die Praxis in der Bachstraße.\n\n"
        "Jetzt weiterlesen mit Plus: Alle Artikel, ein Monat für 0,99 Euro. Jetzt testen\n\n"
        "Kommentare (3)\n\nlindacher_urgestein · vor 3 Stunden\nEndlich! Das hat lange gedauert.\n",
        "2026-10-26",
        (("2026-11-02", "Praxis"),),
        ("Amelie Kronsbein",),
        ("Jetzt weiterlesen mit Plus", "Das hat lange gedauert"),
        ("lindacher_urgestein",),
        "a copied page with a paywall box and comments",
    ),
)


FORMAT_PAGES: tuple[FormatPage, ...] = HTML_PAGES + MAIL_PAGES + MARKDOWN_PAGES + TEXT_PAGES + PDF_PAGES


def write_format_pages(folder: Path, pages: tuple[FormatPage, ...] = FORMAT_PAGES) -> dict[str, FormatPage]:
    """Write each file into ``folder`` (text as UTF-8, PDFs as bytes); returns {path as written: page}."""
    return write_files(folder, pages)
