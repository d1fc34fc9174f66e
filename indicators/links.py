"""Links as comparison keys, and the publisher a link belongs to.

Pure: strings in, strings out. :func:`canonical_url` is the one canonicalisation of
item links in the project (story grouping and alert de-duplication both use it);
:func:`registrable_domain` names a publisher with the public-suffix list bundled in
the ``publicsuffixlist`` package (read from the installed package on first use,
never fetched).
"""

from __future__ import annotations

import ipaddress
import re
from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit

from publicsuffixlist import PublicSuffixList

# Query parameters that track a click rather than name a page.
_TRACKING = re.compile(
    r"^(utm_\w+|mc_\w+|pk_\w+|ns_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|"
    r"ocid|ncid|cmpid|cmp|intcmp|icid|ito|xtor|ref|ref_src|ref_url|smid|sr_share|"
    r"at_medium|at_campaign|at_custom\d*|__twitter_impression|_ga|_gl|_hsenc|_hsmi|"
    r"mkt_tok|mbid|s_cid|soc_src|soc_trk|guccounter|guce_referrer\w*|wt\.mc_id|"
    r"taid|spm|share_from|cid_source|oly_enc_id|vero_id)$",
    re.IGNORECASE,
)
# Query parameters that only ask for the AMP rendering of the same page.
_AMP_PARAMS = re.compile(r"^(amp|_amp|amp_js_v|amp_gsa|usqp)$", re.IGNORECASE)
_AMP_VALUES = {"outputtype": "amp", "output": "amp", "format": "amp", "view": "amp"}
# AMP variants of a path: /amp, /amp/, x.amp, x.amp.html, /amp.html, a leading /amp/.
_AMP_SUFFIX = re.compile(r"(/amp/?|\.amp|/amp\.html?)$", re.IGNORECASE)
_AMP_INFIX = re.compile(r"\.amp(?=\.html?$)", re.IGNORECASE)
_AMP_PREFIX = re.compile(r"^/amp(?=/)", re.IGNORECASE)
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str | None) -> str | None:
    """A link as a comparison key: ``https://www.Example.org/a/?utm_source=x#top`` →
    ``example.org/a``.

    Scheme dropped (http and https are the same page); host lowercased without
    ``www.``/``m.``/``mobile.``/``amp.``; a non-default port kept; AMP variants of the
    path and query removed; tracking parameters removed and the others sorted;
    fragment and trailing slash dropped. None for anything that is not an absolute
    http(s) URL.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    stripped = True
    while stripped:
        stripped = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and "." in host[len(prefix) :]:
                host = host[len(prefix) :]
                stripped = True
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = re.sub(r"/+", "/", parts.path or "/")
    path = _AMP_PREFIX.sub("", _AMP_INFIX.sub("", _AMP_SUFFIX.sub("", path))).rstrip("/")
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query)
        if not _TRACKING.match(k)
        and not _AMP_PARAMS.match(k)
        and _AMP_VALUES.get(k.lower()) != v.lower()
    )
    return host + path + (f"?{urlencode(query)}" if query else "")


@cache
def _suffix_list() -> PublicSuffixList:
    # The list shipped inside the installed package; parsing it takes ~0.1 s, so it
    # happens on first use rather than at import.
    return PublicSuffixList()


def _host_of(url_or_host: str) -> str | None:
    text = url_or_host.strip()
    if "://" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def registrable_domain(url_or_host: str | None) -> str | None:
    """The domain a publisher registered, from a URL or a bare host:
    ``https://news.bbc.co.uk/x`` → ``bbc.co.uk``, ``foo.blogspot.com`` →
    ``foo.blogspot.com`` (private suffixes such as blogspot.com count, so two blogs
    are two publishers). An IP address or a single-label host (``localhost``) is
    its own domain; a bare public suffix (``co.uk``) is returned as given. None
    when no host can be read."""
    if not url_or_host:
        return None
    host = _host_of(url_or_host)
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return host
    return _suffix_list().privatesuffix(host) or host
