"""Source attribution notices, and writing them where they travel with the data.

ClearSKY does not document how attribution is delivered (reference §4), so the
notices are composed from the request (constellations, model, image year) with
the reference's fallback wording, and any attribution/licence text the server
sends in headers or GeoTIFF tags is added verbatim.

The notices and licences stay in English in every language (marked ``no-i18n``): they are the
licensors' wording, written into files that travel to other people.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

from .compat import gdal_errors
from .i18n import tr
from .models import CompositeRequest

TAG_ATTRIBUTION = "CLEARSKY_ATTRIBUTION"
TAG_REQUEST = "CLEARSKY_REQUEST"
TAG_FINGERPRINT = "CLEARSKY_REQUEST_FINGERPRINT"
SERVER_WORDS = ("attribution", "licen", "copyright", "credit", "notice")
LICENSE_COPERNICUS = (
    "Copernicus Sentinel data: free, full and open access under the Copernicus data policy "  # no-i18n
    "(Commission Delegated Regulation (EU) No 1159/2013); modified by ClearSKY Vision; "
    "no endorsement by the EU implied."
)
LICENSE_LANDSAT = "Landsat data: U.S. Geological Survey, public domain, no copyright restrictions."  # no-i18n
LICENSE_CLEARSKY = (
    "ClearSKY Vision Data Service Terms: keep these notices when the data leaves your organisation; "  # no-i18n
    "redistributing raw GeoTIFFs may need permission in your agreement."
)


def compose_notices(
    constellations: Sequence[str],
    model: str,
    years: Iterable[int],
    server_texts: Optional[Mapping[str, str]] = None,
) -> list[str]:
    """The notices for a product, most specific (server-sent) first, no duplicates."""
    notices: list[str] = []
    for text in (server_texts or {}).values():
        text = str(text).strip()
        if text and text not in notices:
            notices.append(text)
    years_s = ", ".join(str(y) for y in sorted(set(years)))
    cons = {c.lower() for c in constellations}
    if any(c.startswith("sentinel") for c in cons) or not cons:
        notices.append(f"Contains modified Copernicus Sentinel data {years_s}".strip())  # no-i18n
    if any("landsat" in c for c in cons):
        notices.append("Landsat 8/9 data courtesy of the U.S. Geological Survey")  # no-i18n
    notices.append(f"Cloud-free reconstruction by ClearSKY Vision (model {model})")  # no-i18n
    return notices


def licenses_for(constellations: Sequence[str]) -> list[str]:
    cons = {c.lower() for c in constellations}
    out = [LICENSE_CLEARSKY]
    if any(c.startswith("sentinel") for c in cons):
        out.append(LICENSE_COPERNICUS)
    if any("landsat" in c for c in cons):
        out.append(LICENSE_LANDSAT)
    return out


def server_attribution(headers: Mapping[str, str], tags: Mapping[str, str]) -> dict[str, str]:
    """Attribution-like texts from response headers and GeoTIFF tags, verbatim."""
    found: dict[str, str] = {}
    for source, items in (("header", headers), ("tag", tags)):
        for key, value in (items or {}).items():
            if key.upper().startswith("CLEARSKY_"):
                continue  # ours
            if any(w in key.lower() for w in SERVER_WORDS) and str(value).strip():
                found[f"{source}:{key}"] = str(value)
    return found


def read_tags(path: Path) -> dict[str, str]:
    from osgeo import gdal

    ds = gdal.Open(str(path))
    if ds is None:
        return {}
    try:
        return dict(ds.GetMetadata() or {})
    finally:
        ds = None


@gdal_errors()
def write_tags(
    path: Path, notices: Sequence[str], request: CompositeRequest, extra: Optional[Mapping[str, str]] = None
) -> None:
    """Add the notices (and the request, which never holds the key) to the GeoTIFF's
    metadata; tags the server wrote are left as they are."""
    from osgeo import gdal

    ds = gdal.Open(str(path), gdal.GA_Update)
    try:
        md = dict(ds.GetMetadata() or {})
        joined = "; ".join(notices)
        md[TAG_ATTRIBUTION] = joined
        md[TAG_REQUEST] = json.dumps(request.payload(), sort_keys=True)
        md[TAG_FINGERPRINT] = request.fingerprint
        md.setdefault("TIFFTAG_COPYRIGHT", joined)
        md.update(extra or {})
        ds.SetMetadata(md)
        ds.FlushCache()
    finally:
        ds = None


def apply_layer_metadata(
    layer: Any,
    notices: Sequence[str],
    request: CompositeRequest,
    *,
    title: str,
    credits: Optional[float] = None,
    area_km2: Optional[float] = None,
    when: Optional[_dt.datetime] = None,
    save_qmd: bool = True,
) -> None:
    """Rights, licences, history and keywords in the layer's ``QgsLayerMetadata``,
    the attribution in its server properties, and a ``.qmd`` sidecar next to the file."""
    from qgis.core import QgsLayerMetadata

    when = when or _dt.datetime.now(_dt.timezone.utc)
    md = QgsLayerMetadata(layer.metadata())
    md.setTitle(title)
    # the description in the user's language; the attribution notices stay as the licences word them
    md.setAbstract(
        tr(
            "ClearSKY Vision cloud-free composite, model {model}, date {date}, {resolution} m, bands {bands}, "
            "constellations {constellations}."
        ).format(
            model=request.model,
            date=request.date.isoformat(),
            resolution=request.resolution,
            bands=", ".join(request.bands),
            constellations=", ".join(request.constellations),
        )
        + "\n\n"
        + tr("Source attribution: ")
        + "; ".join(notices)
    )
    md.setRights(list(notices))
    md.setLicenses(licenses_for(request.constellations))
    history = list(md.history())
    cost = f", {credits:g} credits" if credits is not None else ""
    area = f", {area_km2:.2f} km²" if area_km2 is not None else ""
    stamp = when.isoformat(timespec="seconds")
    history.append(f"{stamp}: downloaded from the ClearSKY Vision API{cost}{area}")  # no-i18n
    history.append(f"Request {request.fingerprint[:16]}: {json.dumps(request.payload(), sort_keys=True)}")
    md.setHistory(history)
    md.setKeywords({"ClearSKY": ["ClearSKY Vision", request.model, *request.constellations]})  # no-i18n
    md.setType("dataset")
    md.setLanguage("en")
    layer.setMetadata(md)
    joined = "; ".join(notices)
    props = getattr(layer, "serverProperties", None)
    if props is not None and hasattr(props(), "setAttribution"):
        props().setAttribution(joined)
    else:  # QGIS < 3.22 path kept for safety
        layer.setAttribution(joined)
    if save_qmd:
        layer.saveDefaultMetadata()


def write_sidecar(path: Path, notices: Sequence[str], request: CompositeRequest) -> Path:
    """A plain-text ``<file>.attribution.txt`` for people without QGIS."""
    side = path.with_name(path.name + ".attribution.txt")
    lines = [
        f"{path.name}: ClearSKY Vision composite, model {request.model}, {request.date.isoformat()}",  # no-i18n
        "",
        "Source attribution (keep it with the data when it leaves your organisation):",  # no-i18n
        *[f"  - {n}" for n in notices],
        "",
        "Licences:",  # no-i18n
        *[f"  - {n}" for n in licenses_for(request.constellations)],
    ]
    side.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return side
