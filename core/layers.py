"""The one way a product becomes a layer: opened, styled, given its metadata (attribution,
licences, the request) and its day as temporal range, and put in the ``ClearSKY`` group.

Used by the dock's downloads and History, the Browser's Downloads, Processing's outputs and
tile batches.  ``qgis.core`` only (no widgets), so Processing can use it headless."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Optional, Sequence

from qgis.core import QgsProject, QgsRasterLayer

from .attribution import apply_layer_metadata
from .compat import set_fixed_temporal_range
from .errors import TransferError
from .i18n import tr
from .styling import apply_default_style, product_title

GROUP = "ClearSKY"


def _group_position(root: Any) -> int:
    """Imagery goes below the vector layers but above existing rasters (e.g. a basemap)."""
    from qgis.core import QgsLayerTreeLayer

    children = root.children()
    for i, node in enumerate(children):
        if isinstance(node, QgsLayerTreeLayer) and isinstance(node.layer(), QgsRasterLayer):
            return i
    return len(children)


def style_product(
    layer: QgsRasterLayer, request: Any, notices: Sequence[str], *, title: str, **history: Any
) -> QgsRasterLayer:
    """Style, metadata (+ ``.qmd`` next to the file), the request's day as temporal range, name."""
    apply_default_style(layer, request.data_type)
    apply_layer_metadata(layer, list(notices), request, title=title, **history)
    set_fixed_temporal_range(layer, request.date)
    layer.setName(title)
    return layer


def place_in_group(layer: QgsRasterLayer, group_name: str = GROUP, project: Optional[QgsProject] = None) -> None:
    """Add ``layer`` on top of ``group_name`` (created below the vector layers), or move it
    there when something else (Processing) has already added it to the project."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(_group_position(root), group_name)
    node = root.findLayer(layer.id())
    at = _position_by_date(group, layer)
    if node is None:
        project.addMapLayer(layer, False)
        group.insertLayer(at, layer)
    elif node.parent() is not group:
        group.insertChildNode(at, node.clone())
        node.parent().removeChildNode(node)


def _begin(layer: Any) -> Any:
    """The day a product shows (its fixed temporal range), or None."""
    props = layer.temporalProperties() if layer is not None and hasattr(layer, "temporalProperties") else None
    if props is None or not props.isActive():
        return None
    begin = props.fixedTemporalRange().begin()
    return begin if begin.isValid() else None


def _position_by_date(group: Any, layer: Any) -> int:
    """Where ``layer`` goes in ``group`` so that its products stay ordered by date, newest on
    top, whatever order the downloads of a series finish in (an undated layer goes on top)."""
    day = _begin(layer)
    if day is None:
        return 0
    for i, child in enumerate(group.children()):
        other = _begin(child.layer()) if hasattr(child, "layer") else None
        if other is not None and other <= day:
            return i
    return len(group.children())


def open_product(
    path: Path | str,
    request: Any,
    notices: Sequence[str] = (),
    *,
    title: str = "",
    group: str = GROUP,
    project: Optional[QgsProject] = None,
    **history: Any,
) -> QgsRasterLayer:
    """Open a delivered GeoTIFF (or VRT) as a styled layer in ``group``; raises
    :class:`TransferError` when it is not a readable raster (no layer is added then)."""
    title = title or product_title(request)
    layer = QgsRasterLayer(str(path), title, "gdal")
    if not layer.isValid():
        raise TransferError(tr("{name} could not be opened as a raster layer.").format(name=Path(path).name))
    style_product(layer, request, notices, title=title, **history)
    place_in_group(layer, group, project)
    return layer


def add_download_layer(
    outcome: Any, aoi_name: str = "", project: Optional[QgsProject] = None, group: str = GROUP
) -> QgsRasterLayer:
    """A finished download (``workflow.DownloadOutcome``) as a layer."""
    if outcome.path is None:
        raise TransferError(tr("The image was delivered to the upload URL; there is no local file to add."))
    return open_product(
        outcome.path,
        outcome.request,
        outcome.notices,
        title=product_title(outcome.request, aoi_name),
        group=group,
        project=project,
        credits=outcome.credits,
        area_km2=outcome.area_km2,
    )


def add_batch_layers(result: Any, params: Any, name: str = "", project: Optional[QgsProject] = None) -> list:
    """The VRT of each UTM zone (and the mosaic) of a tile batch, in a group of their own."""
    good = [c for c in result.cells if c.ok]
    if not good:
        return []
    request = params.request(good[0].ref)
    group = tr("ClearSKY tiles {value1} {name}").format(value1=request.date.isoformat(), name=name).strip()
    layers = []
    for epsg, vrt in sorted(result.vrts.items()):
        title = (
            tr("{model} {value2} {name} EPSG:{epsg}")
            .format(model=request.model, value2=request.date.isoformat(), name=name, epsg=epsg)
            .replace("  ", " ")
        )
        layers.append(open_product(vrt, request, result.notices, title=title, group=group, project=project))
    if result.mosaic is not None:
        title = f"{request.model} {request.date.isoformat()} {name} mosaic".replace("  ", " ")
        layers.append(open_product(result.mosaic, request, result.notices, title=title, group=group, project=project))
    return layers


def open_history_entry(entry: Any, project: Optional[QgsProject] = None) -> QgsRasterLayer:
    """A past delivery (``history.Entry``) opened exactly as when it was downloaded."""
    from .errors import InvalidRequestError
    from .models import request_from_payload

    if not entry.path or entry.missing:
        raise InvalidRequestError(
            tr("The file of this download is no longer at {value1}.").format(value1=entry.path or "—")
        )
    request = request_from_payload(entry.payload, wkt=entry.wkt)
    notices = [n for n in (entry.attribution or "").split("; ") if n]
    # its own name (the area's, as when it was downloaded) and its download time, not the reopening's
    name = entry.area or (Path(entry.path).stem if not entry.payload.get("Wkt") else "")
    try:
        when = _dt.datetime.fromisoformat(entry.time)
    except (TypeError, ValueError):
        when = None
    return open_product(
        entry.path,
        request,
        notices,
        title=product_title(request, name),
        project=project,
        credits=entry.credits,
        area_km2=entry.area_km2,
        when=when,
    )
