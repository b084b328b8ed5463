"""`counselor-desk consent …`: the consents for disclosure from the command line.

    counselor-desk consent add CHART_NUMBER --recipient TEXT --purpose TEXT
        --scope CATEGORY[,CATEGORY…] --signed DATE
        (--expires DATE | --expires-when TEXT | both) [--address TEXT]
    counselor-desk consent list CHART_NUMBER
    counselor-desk consent confirm CONSENT_ID --scope CATEGORY[,CATEGORY…]
    counselor-desk consent event CONSENT_ID --on DATE

The scope is a comma list of the categories of information the consent allows
(domain/consent_scope.py); an unknown name is refused with the valid ones listed. A consent
expires on a date, when an event or condition happens, or both (whichever comes first).
`confirm` chooses the categories of a consent saved before consents had them; `event`
records the day the event a consent expires with happened (from then it allows no
disclosure).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from counselor_desk.cli_common import Command, iso_date
from counselor_desk.domain import consent_scope
from counselor_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from counselor_desk.domain.model import Consent
    from counselor_desk.services.clock import Clock
    from counselor_desk.store.db import Database

ACTIONS = ("add", "list", "confirm", "event")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Record a signed consent for disclosure, list a participant's consents, confirm "
        "the scope of an old one, or record that the event a consent expires with happened. "
        f"Scope categories: {consent_scope.valid_names()}."
    )
    parser.add_argument("action", choices=ACTIONS, help="what to do")
    parser.add_argument(
        "target",
        metavar="CHART_NUMBER|CONSENT_ID",
        help="the participant's chart number (confirm, event: the consent id)",
    )
    parser.add_argument("--recipient", metavar="TEXT", help="add: who may receive the records")
    parser.add_argument("--address", metavar="TEXT", default="", help="add: recipient's address")
    parser.add_argument("--purpose", metavar="TEXT", help="add: why they are disclosed")
    parser.add_argument(
        "--scope",
        metavar="CATEGORIES",
        help=f"add, confirm: comma list of categories ({consent_scope.valid_names()})",
    )
    parser.add_argument("--signed", type=iso_date, metavar="YYYY-MM-DD", help="add: signed on")
    parser.add_argument(
        "--signed-by",
        metavar="TEXT",
        default="",
        help="add: who signed, when not the participant (name and role, e.g. 'R. Lee, guardian')",
    )
    parser.add_argument(
        "--expires",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="add: expiry date (this, --expires-when or both)",
    )
    parser.add_argument(
        "--expires-when",
        metavar="TEXT",
        default="",
        help="add: the event or condition it expires with, e.g. 'end of court supervision'",
    )
    parser.add_argument(
        "--on", type=iso_date, metavar="YYYY-MM-DD", help="event: the day the event happened"
    )


def _scope(args: argparse.Namespace) -> consent_scope.Scope:
    if args.scope is None:
        raise ValidationError(
            f"Give --scope: a comma list of {consent_scope.valid_names()}.", "scope"
        )
    return consent_scope.parse(args.scope)


def _line(consent: Consent, clock: Clock) -> str:
    why = consent.why_not_valid(clock.today())
    state = why or "valid"
    written = f"  (as written: {consent.scope_as_written})" if consent.scope_as_written else ""
    return (
        f"{consent.id}  {consent.recipient}  signed {consent.signed_date:%Y-%m-%d} by "
        f"{consent.signer_words}  "
        f"{consent.expiry_in_words()}  "
        f"scope {consent_scope.canonical(consent.scope)}{written}  {state}"
    )


def _consent_id(args: argparse.Namespace) -> int:
    try:
        return int(args.target)
    except ValueError:
        raise ValidationError(
            f"'{args.target}' is not a consent id (a whole number).", "consent"
        ) from None


def run(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    from counselor_desk.domain.model import Consent
    from counselor_desk.services import clinical, participants

    if args.action == "confirm":
        consent = clinical.confirm_consent_scope(db, _consent_id(args), _scope(args), clock)
        print(f"Consent {consent.id}: scope {consent_scope.canonical(consent.scope)}")
        return 0
    if args.action == "event":
        if args.on is None:
            raise ValidationError(
                "Give --on: the date the event the consent expires with happened.",
                "expiry_event_on",
            )
        consent = clinical.record_consent_event(db, _consent_id(args), args.on, clock)
        print(
            f"Consent {consent.id}: its event happened on {args.on:%Y-%m-%d}; from that day it "
            "allows no disclosure."
        )
        return 0
    participant = participants.by_chart(db, args.target)
    if args.action == "list":
        for consent in clinical.consents(db, participant.id):
            print(_line(consent, clock))
        return 0
    if args.signed is None:
        raise ValidationError("Give --signed: the date the consent was signed.", "signed_date")
    consent = clinical.add_consent(
        db,
        Consent(
            id=0,
            participant_id=participant.id,
            recipient=args.recipient or "",
            purpose=args.purpose or "",
            scope=_scope(args),
            signed_date=args.signed,
            expiry_date=args.expires,
            recipient_address=args.address,
            expiry_event=args.expires_when,
            signed_by=args.signed_by,
        ),
        clock,
    )
    print(
        f"Added consent {consent.id}: scope {consent_scope.canonical(consent.scope)}, "
        f"{consent.expiry_in_words()}"
    )
    return 0


COMMANDS: list[Command] = [
    (
        "consent",
        "record, list or confirm consents for disclosure; record a consent's expiry event",
        add_arguments,
        run,
    )
]
