"""Datasette plugin: presentation of the quotes database that metadata alone cannot give.

- the quotes table as a list of quotes (templates/_table.html), search matches highlighted;
- a quote's row page shows it inside its article, a document's row page shows
  the article with all its quotes, a speaker's row page shows their quotes,
  publishers, names and a chart over time (templates/row.html);
- foreign keys render as their label only, without the raw id beside it.

Everything here reads the database; nothing writes. All text reaches the page
through Jinja's autoescaping or markupsafe.escape, so an article containing
HTML or script shows as text.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re

from datasette import hookimpl
from markupsafe import Markup, escape

QUOTE_TABLE = "quotes"
# How many of a speaker's quotes their page lists (the rest are a click away).
SPEAKER_PAGE_QUOTES = 50
# Alternative names are read from a speaker's latest quotes only, to keep big pages fast.
SPEAKER_NAME_SAMPLE = 2000
FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
# How many other reports of a statement a quote's page lists, and a statement's page.
QUOTE_PAGE_REPORTS = 50
CLUSTER_PAGE_REPORTS = 500
# How many of a speaker's other names and roles their page lists.
SPEAKER_PAGE_NAMES = 30
SPEAKER_PAGE_ROLES = 8


# ---------------------------------------------------------------- search highlighting


def search_pattern(search: str | None) -> re.Pattern | None:
    """A regex matching the words of a full-text query (a trailing * matches any ending)."""
    if not search:
        return None
    terms = []
    for word, star in re.findall(r"(\w+)(\*?)", search):
        if word in FTS_OPERATORS:
            continue
        terms.append(re.escape(word) + (r"\w*" if star else r"\b"))
    if not terms:
        return None
    # Longest first, so that "climate change" marks "climate" rather than "c" of a prefix.
    terms.sort(key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(terms) + ")", re.IGNORECASE)


def highlight(text, search: str | None) -> Markup:
    """text, escaped, with the words of the search query wrapped in <mark>."""
    text = "" if text is None else str(text)
    pattern = search_pattern(search)
    if pattern is None:
        return escape(text)
    out = []
    position = 0
    for match in pattern.finditer(text):
        out.append(escape(text[position : match.start()]))
        out.append(Markup("<mark>") + escape(match.group(0)) + Markup("</mark>"))
        position = match.end()
    out.append(escape(text[position:]))
    return Markup("").join(out)


def unescape_marks(value: str) -> Markup:
    """An FTS snippet() made with <mark> and </mark>: escaped, with only those tags kept."""
    escaped = str(escape(value))
    return Markup(escaped.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"))


# ---------------------------------------------------------------- articles with quotes marked


def mark_article(text: str, spans: list[dict]) -> list[dict]:
    """Cut text into segments at the spans' offsets.

    Each span is {"start", "end", "kind", "quote_id"}; kind is "focus" (the quote
    the page is about), "mention" (its speaker as written) or "quote" (another
    quote in the article). Where spans overlap the first kind in that order wins.
    Segments are {"text", "kind", "quote_id"}, kind None for plain text.
    """
    priority = {"focus": 0, "mention": 1, "quote": 2}
    length = len(text)
    spans = [
        span
        for span in spans
        if span["start"] is not None
        and span["end"] is not None
        and 0 <= span["start"] < span["end"] <= length
    ]
    boundaries = sorted({0, length, *(s["start"] for s in spans), *(s["end"] for s in spans)})
    segments: list[dict] = []
    for start, end in itertools.pairwise(boundaries):
        covering = [s for s in spans if s["start"] <= start and end <= s["end"]]
        best = min(covering, key=lambda s: priority[s["kind"]], default=None)
        kind = best["kind"] if best else None
        quote_id = best.get("quote_id") if best else None
        if segments and segments[-1]["kind"] == kind and segments[-1]["quote_id"] == quote_id:
            segments[-1]["text"] += text[start:end]
        else:
            segments.append({"text": text[start:end], "kind": kind, "quote_id": quote_id})
    return segments


async def quote_context(db, quote_id) -> dict:
    """A quote with its document, and the document text cut into marked segments."""
    row = (
        await db.execute(
            """
            select quotes.*, documents.title as document_title, documents.url as document_url,
              documents.text as document_text, documents.author as document_author
            from quotes join documents on documents.id = quotes.document_id
            where quotes.id = :id
            """,
            {"id": quote_id},
        )
    ).first()
    if row is None:
        return {}
    quote = dict(row)
    others = await db.execute(
        "select id, start_char, end_char from quotes where document_id = ? and id != ?",
        [quote["document_id"], quote["id"]],
    )
    spans = [
        {"start": quote["start_char"], "end": quote["end_char"], "kind": "focus"},
        {
            "start": quote["speaker_start_char"],
            "end": quote["speaker_end_char"],
            "kind": "mention",
        },
    ]
    spans += [{"start": s, "end": e, "kind": "quote", "quote_id": i} for i, s, e in others]
    context = {
        "quote": quote,
        "article": mark_article(quote.pop("document_text") or "", spans),
    }
    if quote.get("cluster_id") is not None:
        context.update(await cluster_reports(db, quote["cluster_id"], quote["id"]))
    return context


async def cluster_reports(db, cluster_id, quote_id=None) -> dict:
    """A statement (quote_clusters row) and its reports in date order, but quote_id's own."""
    if "quote_clusters" not in await db.table_names():
        return {}
    cluster = (
        await db.execute(
            """
            select quote_clusters.*, speakers.name as speaker
            from quote_clusters left join speakers on speakers.id = quote_clusters.speaker_id
            where quote_clusters.id = :cluster_id
            """,
            {"cluster_id": cluster_id},
        )
    ).first()
    if cluster is None:
        return {}
    limit = CLUSTER_PAGE_REPORTS if quote_id is None else QUOTE_PAGE_REPORTS
    reports = await db.execute(
        f"""
        select q.id, q.text, q.speaker, q.speaker_id, q.publisher, q.published, q.document_id,
          d.title as document_title, d.url as document_url
        from quotes q join documents d on d.id = q.document_id
        where q.cluster_id = :cluster_id and q.id != :id
        order by q.published, q.document_id
        limit {limit}
        """,
        {"cluster_id": cluster_id, "id": quote_id if quote_id is not None else -1},
    )
    cluster = dict(cluster)
    cluster["publisher_counts"] = json_counts(cluster.get("publishers"))
    return {"cluster": cluster, "reports": [dict(row) for row in reports]}


def json_counts(value) -> list[dict]:
    """A JSON object of {form: count} (speakers.aliases, roles, publishers) as
    [{"name", "count"}], most frequent first; [] for anything else."""
    try:
        counts = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    if not isinstance(counts, dict):
        return []
    items = [
        {"name": str(name), "count": count}
        for name, count in counts.items()
        if isinstance(count, int) and name
    ]
    return sorted(items, key=lambda item: (-item["count"], item["name"]))


async def document_context(db, document_id) -> dict:
    """A document's text with each of its quotes marked and linked."""
    row = (
        await db.execute("select id, text from documents where id = :id", {"id": document_id})
    ).first()
    if row is None:
        return {}
    quotes = await db.execute(
        "select id, start_char, end_char from quotes where document_id = ?", [row["id"]]
    )
    spans = [{"start": s, "end": e, "kind": "quote", "quote_id": i} for i, s, e in quotes]
    return {"article": mark_article(row["text"] or "", spans), "article_quotes": len(spans)}


# ---------------------------------------------------------------- speakers


def month_chart(counts: dict[str, int], width: int = 720, height: int = 120) -> dict | None:
    """Bars for quotes per month, first to last month with gaps as zero, for an inline SVG."""
    months = sorted(m for m in counts if m and len(m) == 7 and m[4] == "-")
    if not months:
        return None
    first_year, first_month = int(months[0][:4]), int(months[0][5:])
    last_year, last_month = int(months[-1][:4]), int(months[-1][5:])
    span = (last_year - first_year) * 12 + last_month - first_month + 1
    top = max(counts[m] for m in months)
    bar_width = width / span
    bars, years = [], []
    for index in range(span):
        year, month = divmod(first_month - 1 + index, 12)
        label = f"{first_year + year:04d}-{month + 1:02d}"
        count = counts.get(label, 0)
        bar_height = round(count / top * (height - 20), 1)
        x = round(index * bar_width, 1)
        bars.append(
            {
                "month": label,
                "count": count,
                "x": x,
                "y": round(height - 16 - bar_height, 1),
                "width": max(round(bar_width - 1, 1), 1),
                "height": bar_height,
            }
        )
        if month == 0 or index == 0:
            years.append({"x": x, "label": label[:4]})
    return {"width": width, "height": height, "bars": bars, "years": years, "top": top}


def other_names(name: str, mentions: list[tuple[str, int]]) -> list[dict]:
    """The ways a speaker is written other than their name; pronouns and descriptors left out."""
    names = []
    for mention, count in mentions:
        if mention and mention != name and mention[:1].isupper() and len(mention) > 2:
            names.append({"name": mention, "count": count})
    return names


async def speaker_context(db, speaker_id) -> dict:
    """A speaker's quotes newest first, their count, publishers, names and quotes per month."""
    speaker = (
        await db.execute("select * from speakers where id = :id", {"id": speaker_id})
    ).first()
    if speaker is None:
        return {}
    speaker = dict(speaker)
    # By name rather than speaker_id: the (speaker, ...) indexes answer each query alone.
    params = {"name": speaker["name"]}
    count = (await db.execute("select count(*) from quotes where speaker = :name", params)).first()
    latest = await db.execute(
        f"""
        select quotes.id, quotes.text, quotes.cue, quotes.kind, quotes.speaker_role,
          quotes.publisher, quotes.published, quotes.document_id,
          documents.title as document_title, documents.url as document_url
        from quotes join documents on documents.id = quotes.document_id
        where quotes.speaker = :name
        order by quotes.published desc, quotes.id desc
        limit {SPEAKER_PAGE_QUOTES}
        """,
        params,
    )
    publishers = await db.execute(
        """
        select publisher, count(*) as count from quotes where speaker = :name
        group by publisher order by count desc, publisher limit 12
        """,
        params,
    )
    months = await db.execute(
        """
        select substr(published, 1, 7) as month, count(*) as count from quotes
        where speaker = :name group by month
        """,
        params,
    )
    if speaker.get("aliases") is not None:
        names = [
            alias for alias in json_counts(speaker["aliases"]) if alias["name"] != speaker["name"]
        ][:SPEAKER_PAGE_NAMES]
        roles = json_counts(speaker.get("roles"))[:SPEAKER_PAGE_ROLES]
    else:
        names, roles = await sampled_names_and_roles(db, speaker["name"])
    return {
        "speaker": speaker,
        "speaker_quote_count": count[0],
        "speaker_quotes": [dict(row) for row in latest],
        "speaker_publishers": [dict(row) for row in publishers],
        "speaker_chart": month_chart({row["month"]: row["count"] for row in months}),
        "speaker_names": names,
        "speaker_roles": roles,
    }


async def sampled_names_and_roles(db, name: str) -> tuple[list[dict], list[dict]]:
    """Other names and roles from a speaker's latest quotes, for a database made before
    speakers had aliases and roles."""
    params = {"name": name}
    mentions = await db.execute(
        f"""
        select speaker_mention, count(*) as count from (
          select speaker_mention from quotes where speaker = :name
          order by published desc limit {SPEAKER_NAME_SAMPLE}
        ) group by speaker_mention order by count desc limit {SPEAKER_PAGE_NAMES}
        """,
        params,
    )
    roles = await db.execute(
        f"""
        select speaker_role, count(*) as count from (
          select speaker_role from quotes where speaker = :name
          order by published desc limit {SPEAKER_NAME_SAMPLE}
        ) where speaker_role is not null
        group by speaker_role order by count desc limit {SPEAKER_PAGE_ROLES}
        """,
        params,
    )
    return (
        other_names(name, [tuple(row) for row in mentions]),
        [{"name": role, "count": count} for role, count in roles],
    )


# ---------------------------------------------------------------- hooks


@hookimpl
def startup(datasette):
    async def inner():
        from .serve import warm_facets

        for name, db in datasette.databases.items():
            if getattr(db, "warm", False):
                # In the background: the server answers while the facets are computed.
                db.warming = asyncio.get_running_loop().create_task(warm_facets(datasette, name))

    return inner


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["highlight"] = highlight
    env.filters["json_counts"] = json_counts


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    async def inner():
        site = {"site_title": datasette.metadata("title")}
        return {**site, **await page_vars()}

    async def page_vars():
        if request is None or table not in ("quotes", "speakers", "documents", "quote_clusters"):
            return {}
        if not await has_quotes_schema(datasette, database):
            return {}
        db = datasette.get_database(database)
        custom_columns = "_col" in request.args or "_nocol" in request.args
        if view_name == "table" and table == QUOTE_TABLE:
            return {
                "quotes_list": not custom_columns,
                "quotes_search": request.args.get("_search"),
            }
        if view_name == "table" and table == "speakers":
            return {"speakers_list": not custom_columns}
        if view_name != "row":
            return {}
        pk = request.url_vars.get("pks")
        if table == "quotes":
            return {"quote_page": await quote_context(db, pk)}
        if table == "speakers":
            return {"speaker_page": await speaker_context(db, pk)}
        if table == "quote_clusters":
            return {"cluster_page": await cluster_reports(db, pk)}
        return {"document_page": await document_context(db, pk)}

    return inner


async def has_quotes_schema(datasette, database) -> bool:
    """Whether database has the tables and columns the quote pages read."""
    db = datasette.get_database(database)
    known = getattr(db, "_quotes_schema", None)
    if known is None:
        tables = set(await db.table_names())
        known = {"quotes", "speakers", "documents"} <= tables
        if known:
            columns = set(await db.table_columns("quotes"))
            known = {"document_id", "speaker_id", "start_char", "end_char"} <= columns
        db._quotes_schema = known
    return known


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    # Confidence is a sort key for people, not a float to read to 17 digits.
    if table == QUOTE_TABLE and column == "confidence" and isinstance(value, float):
        return f"{value:.2f}"
    # An expanded foreign key shows its label as a link, without the raw id beside it.
    if table == QUOTE_TABLE and column in ("speaker_id", "document_id") and isinstance(value, dict):
        other = "speakers" if column == "speaker_id" else "documents"
        url = datasette.urls.row(database, other, str(value["value"]))
        return Markup('<a href="{}">{}</a>').format(url, value["label"] or value["value"])
    if table == QUOTE_TABLE and column == "speaker" and value:
        try:
            speaker_id = row["speaker_id"]
        except (KeyError, IndexError, TypeError):
            speaker_id = None
        if isinstance(speaker_id, dict):
            speaker_id = speaker_id["value"]
        if speaker_id is not None:
            url = datasette.urls.row(database, "speakers", str(speaker_id))
            return Markup('<a href="{}">{}</a>').format(url, value)
    # Canned queries: a statement's text links to its page, a speaker to theirs.
    if table is None and column in ("text", "speaker") and value:
        link = {"text": ("cluster_id", "quote_clusters"), "speaker": ("speaker_id", "speakers")}
        key, other = link[column]
        try:
            row_id = row[key]
        except (KeyError, IndexError, TypeError):
            row_id = None
        if row_id is not None:
            url = datasette.urls.row(database, other, str(row_id))
            return Markup('<a href="{}">{}</a>').format(url, value)
    # FTS snippet() columns of the canned searches keep their <mark> tags, nothing else.
    if column == "snippet" and isinstance(value, str) and "<mark>" in value:
        return unescape_marks(value)
    return None
