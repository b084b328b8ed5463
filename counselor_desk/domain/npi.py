"""The National Provider Identifier: ten digits, the last a Luhn check digit computed over
the prefix 80840 and the first nine (CMS, "NPI check digit")."""

from __future__ import annotations

from counselor_desk.domain import messages

#: The health-industry prefix the check digit is computed with.
_PREFIX = "80840"


def check_digit(first_nine: str) -> int:
    """The Luhn check digit of `first_nine` digits under the NPI prefix.

    >>> check_digit("123456789")
    3
    """
    total = 0
    for position, char in enumerate(reversed(_PREFIX + first_nine)):
        value = int(char)
        if position % 2 == 0:  # every second digit from the right, starting with the last
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return (10 - total % 10) % 10


def problem(npi: str) -> str:
    """Why `npi` is not a valid NPI, in words ('' when it is, or when none is given)."""
    if not npi:
        return ""
    if len(npi) != 10 or not npi.isascii() or not npi.isdigit():
        return messages.text("An NPI is 10 digits.")
    if check_digit(npi[:9]) != int(npi[9]):
        return messages.text(
            "This NPI's last digit does not match the others (check it for a typing error)."
        )
    return ""
