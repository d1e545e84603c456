"""``audits``: import, export and list audit templates; re-score an audit outside the app."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, opened, print_json, subgroup
from desktop.i18n.catalog import translate
from desktop.i18n.errors import message
from desktop.i18n.errors_audits import problem_text
from desktop.models.audits import answers, library, scoring, xlsform
from desktop.models.audits.template import Template, TemplateInvalid
from desktop.models.calendar import utcnow
from desktop.models.errors import PishkhanError, ValidationError

EXAMPLE_ANSWERS = '{"greeted": "yes", "courtesy": 4, "documents": ["price", "warranty"], "wait": 6}'


def register(commands: Any) -> None:
    group = subgroup(commands, "audits", "mystery-shopper audit templates and scoring")
    templates = subgroup(group, "template", "import, export and list audit templates")

    imp = templates.add_parser(
        "import",
        help="import a template (XLSForm spreadsheet or JSON) as a new version",
        description="Check a template file and store it. Content already held is not stored again;"
        " changed content becomes the next version of its form_id. A bad template is refused with"
        " every problem's sheet, row and reason, and nothing is stored. What is ignored (a weight"
        " or critical on a question that is never scored) is printed as a warning on stderr.",
        epilog="example:\n  python -m desktop.cli --db hq.db audits template import"
        " resources/audit_templates/sales_showroom.xlsx",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument(
        "file", metavar="FILE", help="a .xlsx spreadsheet (sheets survey, choices, settings) or .json"
    )
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(handler=cmd_import)

    exp = templates.add_parser(
        "export",
        help="write a stored template to a spreadsheet or JSON file",
        epilog="example:\n"
        "  python -m desktop.cli --db hq.db audits template export sales_showroom@2 showroom.xlsx\n"
        "  (ID is form_id@version, or form_id alone for the newest version; FILE ending .json"
        " writes JSON)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exp.add_argument("template_id", metavar="ID", help="form_id@version, or form_id for the newest version")
    exp.add_argument("file", metavar="FILE", help="the file to write (.xlsx or .json)")
    exp.set_defaults(handler=cmd_export)

    lst = templates.add_parser(
        "list",
        help="list the stored templates and their versions",
        epilog="example:\n  python -m desktop.cli --db hq.db audits template list --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=cmd_list)

    score = group.add_parser(
        "score",
        help="score answers against a template file (no database needed)",
        description="Re-score an audit outside the app with the same rules the app uses. The answers"
        ' file is a JSON object from question name to answer: "yes", "no" or "na" for yes_no;'
        " an integer 1..5 for scale5; a choice name for select_one; a list of choice names for"
        " select_multiple; numbers and strings for the rest; a missing name is unanswered; a name"
        " the template lacks is reported on stderr and ignored. Scores are printed unrounded"
        " with --json.",
        epilog="example:\n  python -m desktop.cli audits score --template sales_showroom.xlsx"
        " --answers answers.json --json\n"
        f"  answers.json: {EXAMPLE_ANSWERS}\n"
        '  prints: {"score": 87.5, "sections": {"greeting": 100.0, "sales": 75.0}}',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    score.add_argument("--template", required=True, metavar="FILE", help="the template (.xlsx or .json)")
    score.add_argument("--answers", required=True, metavar="FILE", help="the answers (.json)")
    score.add_argument(
        "--json", action="store_true", help='print {"score": ..., "sections": {...}} unrounded'
    )
    score.set_defaults(handler=cmd_score)


def _refused(exc: TemplateInvalid) -> CommandError:
    lines = [message(exc, "en")]
    lines += ["  " + problem_text(p, lambda s: translate("Errors", s, "en")) for p in exc.problems]
    return CommandError("\n".join(lines), 2)


def _load_template(path: str) -> Any:
    try:
        template = xlsform.load(path)
    except TemplateInvalid as exc:
        raise _refused(exc) from None
    _warn(template)
    return template


def _warn(template: Template) -> list[str]:
    """Print what the template file said that is ignored (to stderr); returns the lines."""
    lines = [problem_text(w, lambda s: translate("Errors", s, "en")) for w in template.warnings]
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror}", 2) from None
    try:
        parsed = xlsform.read_template(path.name, data)
    except TemplateInvalid as exc:
        raise _refused(exc) from None
    warnings = _warn(parsed)
    with opened(args) as db, db.write() as conn:
        result = library.import_template(conn, None, parsed, utcnow())
    t = result.template
    info = {
        "id": t.id,
        "form_id": t.form_id,
        "version": t.version,
        "created": result.created,
        "questions": len(t.questions),
        "sections": [s.name for s in t.sections],
        "content_hash": t.content_hash(),
        "warnings": warnings,
    }
    if args.json:
        print_json(info)
    elif result.created:
        print(f"imported {t.id} ({len(t.questions)} questions in {len(t.sections)} sections)")
    else:
        print(f"unchanged: this content is already held as {t.id}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with opened(args) as db, db.read() as conn:
        data = library.export_template(conn, None, args.template_id, args.file)
    try:
        Path(args.file).write_bytes(data)
    except OSError as exc:
        raise CommandError(f"cannot write {args.file}: {exc.strerror}", 2) from None
    print(f"wrote {args.template_id} to {args.file}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as db, db.read() as conn:
        infos = library.list_templates(conn, None, all_versions=True)
    found = [
        {
            "id": t.id,
            "form_id": t.form_id,
            "version": t.version,
            "latest": t.latest,
            "title_fa": t.title.fa,
            "title_en": t.title.en,
            "questions": t.question_count,
            "imported_at": t.imported_at.isoformat(),
        }
        for t in sorted(infos, key=lambda i: (i.form_id, i.version))
    ]
    if args.json:
        print_json(found)
    else:
        for t in found:
            latest = " (newest)" if t["latest"] else ""
            print(f"{t['id']}{latest}\t{t['questions']} questions\t{t['title_en']}")
    return 0


def _read_answers(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror}", 2) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CommandError(f"{path} is not JSON: {exc}", 2) from None
    if not isinstance(data, dict):
        raise CommandError(f"{path} must hold a JSON object from question name to answer", 2)
    return data


def cmd_score(args: argparse.Namespace) -> int:
    template = _load_template(args.template)
    given = _read_answers(args.answers)
    for name in [n for n in given if not template.has_question(n)]:
        # A name the template lacks (a question renamed in a later version) does not stop
        # the re-scoring of the rest: it is reported and left out.
        text = message(PishkhanError("unknown_question_name", name=name), "en")
        print(f"warning: {text} Its answer is ignored.", file=sys.stderr)
        del given[name]
    try:
        stored = answers.normalise_all(template, given)
    except ValidationError as exc:
        raise CommandError(f"answer to {exc.field!r}: {message(_plain(exc), 'en')}", 2) from None
    for problem in answers.problems(template, stored):
        what = (
            "unanswered (counted as not answered)" if problem.code == "required" else "breaks its constraint"
        )
        note = problem.message.en if problem.code == "constraint" and problem.message.en else ""
        print(f"warning: {problem.question}: {what}" + (f" ({note})" if note else ""), file=sys.stderr)
    result = scoring.score(template, stored)
    if args.json:
        json.dump({"score": result.score, "sections": result.section_scores()}, sys.stdout)
        sys.stdout.write("\n")
        return 0
    total = "-" if result.score is None else f"{result.score:.1f}"
    print(f"score: {total}")
    for name, section in result.sections.items():
        capped = f" (capped by {', '.join(section.capped_by)})" if section.capped_by else ""
        print(f"  {name}: {section.score:.1f}{capped}")
    if result.capped_by:
        print(f"audit capped by: {', '.join(result.capped_by)}")
    return 0


def _plain(exc: PishkhanError) -> PishkhanError:
    """The error without its field, whose name is the question's and is printed already."""
    return PishkhanError(exc.code, **{k: v for k, v in exc.params.items() if k != "field"})
