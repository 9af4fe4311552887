"""What the settings file's reader says when a setting is wrong: Messages (till.core.errors).

A setting's fault is SETTING_INVALID with the key, the file and `why`: one of the reasons
below, passed as a nested error so its own parameters come along. Reasons are the end of a
sentence that starts with the setting's name ("Setting 'shop.name' in till.toml: must be ...").
"""

from __future__ import annotations

from till.core.errors import QT_TRANSLATE_NOOP, Message

SETTINGS_PATH_NUL = Message(
    "settings_path_nul",
    QT_TRANSLATE_NOOP("Errors", 'The settings file\'s name "{path}" has a NUL character in it.'),
)
SETTINGS_MISSING = Message(
    "settings_missing",
    QT_TRANSLATE_NOOP(
        "Errors",
        "No settings file at {path}. Create one (`till-admin settings example > {path}`) or "
        "name one with --config PATH or TILL_CONFIG.",
    ),
)
SETTINGS_UNREADABLE = Message(
    "settings_unreadable",
    QT_TRANSLATE_NOOP("Errors", "The settings file {path} cannot be read: {error}."),
)
SETTINGS_TOO_LARGE = Message(
    "settings_too_large",
    QT_TRANSLATE_NOOP("Errors", "The file {path} is too large to be a settings file."),
)
SETTINGS_NOT_UTF8 = Message(
    "settings_not_utf8",
    QT_TRANSLATE_NOOP(
        "Errors", "The settings file {source} is not UTF-8 text ({error}); save it as UTF-8."
    ),
)
SETTINGS_NOT_TOML = Message(
    "settings_not_toml",
    QT_TRANSLATE_NOOP("Errors", "The settings file {source} is not valid TOML: {error}."),
)
SETTINGS_TOO_DEEP = Message(
    "settings_too_deep",
    QT_TRANSLATE_NOOP(
        "Errors", "The settings file {source} is not valid TOML: values nested too deeply."
    ),
)
SETTING_INVALID = Message(
    "setting_invalid", QT_TRANSLATE_NOOP("Errors", "Setting '{key}' in {source}: {why}")
)

# Why a setting is wrong: the rest of SETTING_INVALID's sentence.
NOT_A_TABLE = Message(
    "setting_not_a_table",
    QT_TRANSLATE_NOOP("Errors", "'{section}' must be a table ([{section}]), not {value}."),
)
MISSING = Message("setting_missing", QT_TRANSLATE_NOOP("Errors", "is missing."))
FAR_OUT_OF_RANGE = Message(
    "setting_far_out_of_range", QT_TRANSLATE_NOOP("Errors", "{value} is far out of range.")
)
WRONG_KIND = Message(
    "setting_wrong_kind", QT_TRANSLATE_NOOP("Errors", "must be a {kind}, not {value}.")
)
NOT_BETWEEN = Message(
    "setting_not_between", QT_TRANSLATE_NOOP("Errors", "must be between {low} and {high}.")
)
EMPTY = Message("setting_empty", QT_TRANSLATE_NOOP("Errors", "must not be empty."))
NUL = Message("setting_nul", QT_TRANSLATE_NOOP("Errors", "has a NUL character in it."))
NO_HOME_FOLDER = Message(
    "setting_no_home_folder",
    QT_TRANSLATE_NOOP("Errors", "names a home folder that does not exist: {value}."),
)
SHOP_NAME = Message(
    "setting_shop_name",
    QT_TRANSLATE_NOOP("Errors", "must be the shop's name, 1 to 64 characters."),
)
ORG_NR = Message(
    "setting_org_nr", QT_TRANSLATE_NOOP("Errors", "must be the 10-digit organisation number.")
)
ADDRESS = Message("setting_address", QT_TRANSLATE_NOOP("Errors", "must be the shop's address."))
LETTERS_OR_DIGITS = Message(
    "setting_letters_or_digits",
    QT_TRANSLATE_NOOP("Errors", "must be 1 to {most} letters or digits."),
)
TRANSPORT = Message("setting_transport", QT_TRANSLATE_NOOP("Errors", 'must be "ipc" or "direct".'))
SALE_AMOUNT_ELEMENT = Message(
    "setting_sale_amount_element",
    QT_TRANSLATE_NOOP("Errors", "must be SaleAmount or PurchaseAmount."),
)
APPLICATION_ID = Message(
    "setting_application_id",
    QT_TRANSLATE_NOOP("Errors", "must be 1 to 64 letters, digits, spaces, dots or dashes."),
)
CERTIFICATE_NEEDED = Message(
    "setting_certificate_needed",
    QT_TRANSLATE_NOOP("Errors", 'is needed with transport = "direct".'),
)
PRINTER_NAME = Message(
    "setting_printer_name", QT_TRANSLATE_NOOP("Errors", "must be a printer's name.")
)
LANGUAGE = Message("setting_language", QT_TRANSLATE_NOOP("Errors", "must be one of {languages}."))
HOST = Message("setting_host", QT_TRANSLATE_NOOP("Errors", "must be a host name."))
HOST_OR_ADDRESS = Message(
    "setting_host_or_address", QT_TRANSLATE_NOOP("Errors", "must be a host name or address.")
)
HTTPS_URL = Message(
    "setting_https_url",
    QT_TRANSLATE_NOOP(
        "Errors", 'must be an https URL, e.g. "https://ccu.example.se:443/posconnexion".'
    ),
)
HTTPS_URL_PLAIN = Message(
    "setting_https_url_plain",
    QT_TRANSLATE_NOOP(
        "Errors",
        'must be an https URL, e.g. "https://ccu.example.se:443/posconnexion", with no user, '
        "query or fragment.",
    ),
)
URL_PATH = Message(
    "setting_url_path",
    QT_TRANSLATE_NOOP("Errors", "has a path with characters a URL path cannot have."),
)
PAYMENT_TERMINALS = Message(
    "setting_payment_terminals",
    QT_TRANSLATE_NOOP("Errors", 'must be "none", "wallee", "point" or "both".'),
)
TERMINALS_DISAGREE = Message(
    "setting_terminals_disagree",
    QT_TRANSLATE_NOOP("Errors", 'is "{stated}", so the file needs {needs}, but it has {has}.'),
)
SECTIONS = {
    "none": Message(
        "sections_none", QT_TRANSLATE_NOOP("Errors", "neither a [terminal] nor a [point] section")
    ),
    "wallee": Message(
        "sections_wallee",
        QT_TRANSLATE_NOOP("Errors", "a [terminal] section and no [point] section"),
    ),
    "point": Message(
        "sections_point", QT_TRANSLATE_NOOP("Errors", "a [point] section and no [terminal] section")
    ),
    "both": Message(
        "sections_both", QT_TRANSLATE_NOOP("Errors", "a [terminal] and a [point] section")
    ),
}
CHANGE_FUND = Message(
    "setting_change_fund",
    QT_TRANSLATE_NOOP("Errors", 'must be an amount in kronor, e.g. "1000,00".'),
)
CHANGE_FUND_DIGITS = Message(
    "setting_change_fund_digits",
    QT_TRANSLATE_NOOP("Errors", 'must be an amount in kronor, e.g. "1000,00" (digits 0-9).'),
)
NEGATIVE = Message("setting_negative", QT_TRANSLATE_NOOP("Errors", "cannot be negative."))
CURRENCY = Message(
    "setting_currency", QT_TRANSLATE_NOOP("Errors", "must be a 3-digit ISO 4217 code.")
)
TERMINAL_LANGUAGE = Message(
    "setting_terminal_language", QT_TRANSLATE_NOOP("Errors", "must be a 2-letter ISO 639-1 code.")
)
PORT_CLASH = Message(
    "setting_port_clash", QT_TRANSLATE_NOOP("Errors", "must differ from point.port ({port}).")
)
PORTS_CLASH = Message(
    "setting_ports_clash",
    QT_TRANSLATE_NOOP(
        "Errors",
        "must differ from point.port ({port}) and point.secondary_port ({secondary_port}).",
    ),
)
ADVERTISE_IP = Message(
    "setting_advertise_ip",
    QT_TRANSLATE_NOOP(
        "Errors", "must be the till's IP address as the terminal reaches it, e.g. 192.168.1.20."
    ),
)
POS_RECON = Message(
    "setting_pos_recon",
    QT_TRANSLATE_NOOP("Errors", "must be 1 to 30 letters, digits, dashes or underscores."),
)
PAYMENT_TYPE = Message(
    "setting_payment_type", QT_TRANSLATE_NOOP("Errors", "must be a payment type, e.g. Klarna.")
)
PRINTER_KIND = Message(
    "setting_printer_kind", QT_TRANSLATE_NOOP("Errors", 'must be "system" or "escpos".')
)
PRINTER_CONNECTION = Message(
    "setting_printer_connection",
    QT_TRANSLATE_NOOP("Errors", 'must be "network", "serial", "usb" or "file".'),
)
PRINTER_WIDTH = Message(
    "setting_printer_width", QT_TRANSLATE_NOOP("Errors", "must be 80 or 58 (millimetres).")
)
CODE_PAGE = Message("setting_code_page", QT_TRANSLATE_NOOP("Errors", "must be one of {pages}."))
SERIAL_DEVICE = Message(
    "setting_serial_device",
    QT_TRANSLATE_NOOP("Errors", "must be a serial port, such as COM3 or /dev/ttyS0."),
)
USB_ID = Message(
    "setting_usb_id", QT_TRANSLATE_NOOP("Errors", 'must be four hex digits, such as "04b8".')
)
