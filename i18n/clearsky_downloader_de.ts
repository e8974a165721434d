<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>ClearSKY</name>
    <message>
      <location filename="../plugin.py" line="52" />
      <location filename="../plugin.py" line="126" />
      <location filename="../ui/approval.py" line="276" />
      <source>ClearSKY</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="55" />
      <source>Show or hide the ClearSKY imagery panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="59" />
      <source>ClearSKY Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="133" />
      <source>Wait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="134" />
      <source>Cancel the downloads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="127" />
      <source>{n} ClearSKY download(s) are still running ({c:,.2f} credits). Wait for them to finish, or cancel them? Cancelled downloads are not refunded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/answers.py" line="85" />
      <source>The area is outside ClearSKY's data area: nothing can be downloaded here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/answers.py" line="87" />
      <source>The area and date are not covered by your orders: order them first in the ClearSKY web app.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/answers.py" line="89" />
      <source>The imagery for this date is past the order's storage period and can no longer be downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/answers.py" line="92" />
      <source>The data exists but is not available to this account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/answers.py" line="93" />
      <source>Imagery is fully available for the whole area on this date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/answers.py" line="94" />
      <source>Imagery is available for the whole area, but parts are marked uncertain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/answers.py" line="95" />
      <source>Imagery is only partly available: part of the area will be empty (nodata).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/answers.py" line="96" />
      <source>No imagery is available for this area and date yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="47" />
      <source>The area crosses UTM zones {zones}. With UtmDataSelectionMode 'combined_utm' (the default) ClearSKY fills the output from the neighbouring zone by reprojection; 'single_utm' keeps only pixels stored in the requested zone (the rest becomes nodata); 'single_utm_fully_covered' fails unless that zone covers the whole area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="179" />
      <source>The area of interest has no coordinate reference system (unknown CRS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="300" />
      <location filename="../core/aoi.py" line="454" />
      <source>The area of interest is empty: draw an area or pick features with polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="312" />
      <source>The geometry was invalid (e.g. self-intersecting) and was repaired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="315" />
      <source>The area of interest has no area (all its polygons are degenerate).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="338" />
      <source>The area's coordinates are outside longitude -180..180 / latitude -90..90: is the layer's CRS right?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="342" />
      <source>The area spans more than 180° of longitude (it may cross the antimeridian).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="372" />
      <source>The area of interest is degenerate: it is only centimetres wide, so it has practically no area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="441" />
      <source>The layer or map has no valid coordinate reference system (unknown CRS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="493" />
      <source>Pick a valid polygon vector layer as the area of interest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="540" />
      <source>The rectangle is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="108" />
      <source>{area_km2:,.2f} km² · {value2} suggested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="112" />
      <source> · ⚠ crosses </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="306" />
      <source>Use a polygon layer, or draw a rectangle or polygon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="332" />
      <source>The area lies outside the valid extent of its coordinate reference system.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="343" />
      <source>Split it into parts on either side of the 180° meridian.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="471" />
      <source>The chosen features have no geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="480" />
      <location filename="../core/aoi.py" line="500" />
      <source>Pick a polygon layer, or draw a rectangle or polygon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="104" />
      <source>Draw a smaller area, split it, or use the tile download for large areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="305" />
      <source>The area of interest must be a polygon; a {kind} has no area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="424" />
      <source>Simplified from {value1:,} to {value2:,} vertices (area change {value3:+.3f} %, limit ±{tolerance_pct} %).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="477" />
      <source>{value1} has {kind} geometries; the area of interest must be polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="497" />
      <source>Layer '{value1}' has {kind} geometries; the area of interest must be polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="100" />
      <source>The area is {area_km2:,.1f} km², above this account's limit of {max_km2:,.0f} km² for one composite.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="184" />
      <source>The coordinate reference system '{crs}' is not known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="288" />
      <source>The area of interest could not be processed ({exc}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="359" />
      <source>{dropped} sliver part{value2} dropped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="447" />
      <source>The coordinate reference system '{value1}' is not known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="469" />
      <source>The chosen features of {name!r} have no geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="478" />
      <source>The layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="505" />
      <source>No features are selected in layer '{value1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="510" />
      <source>Layer '{value1}' has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/aoi.py" line="329" />
      <source>The area could not be converted to WGS 84: {exc}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="432" />
      <source>date search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="469" />
      <source>tile search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="524" />
      <source>order estimate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="539" />
      <source>order details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="630" />
      <source>Give exactly one area of interest: WKT or GeoJSON.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="177" />
      <location filename="../core/paid.py" line="166" />
      <source>This client is for free endpoints only (the live check): the paid request was refused and nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="183" />
      <location filename="../core/settings.py" line="165" />
      <source>No ClearSKY API key is configured.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="492" />
      <source>Tile search needs exactly one of: WKT, GeoJSON, tile GUIDs, minitile GUIDs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="553" />
      <source>Refresh the orders list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="194" />
      <source>Cancelled before the request was sent; nothing was spent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="285" />
      <source>Cancelled while waiting to retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="553" />
      <source>ClearSKY does not know the order {guid}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="221" />
      <source>the connection broke before the server answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="223" />
      <source>could not connect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="272" />
      <source>{message} Gave up after {attempt} attempt{plural} in {elapsed:.0f} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="219" />
      <source>no answer within {value1:.0f} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="244" />
      <source>Could not reach the ClearSKY API at {base_url}: {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="337" />
      <source>The ClearSKY API answered with something that is not a valid response (HTTP {status_code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="233" />
      <source>Check the balance (the ClearSKY panel refreshes it) before trying again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="340" />
      <source>, begins '{snippet}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/api.py" line="229" />
      <source>ClearSKY: {kind} ({value2}). It was not re-sent, because the server may still be processing it and charge for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/approval.py" line="99" />
      <source>Nothing to approve.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/approval.py" line="81" />
      <location filename="../core/approval.py" line="90" />
      <location filename="../core/download.py" line="202" />
      <source>Try again later; if it persists, report it to ClearSKY support.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/approval.py" line="65" />
      <source>This request was not approved (it differs from what the cost was shown for); nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/approval.py" line="68" />
      <source>This approval has already paid for this request once; nothing was sent again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/approval.py" line="78" />
      <source>ClearSKY answered the estimate with an unusable cost ({value}); nothing was downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/approval.py" line="87" />
      <source>ClearSKY answered the estimate with an unusable size ({value}); nothing was downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/deps.py" line="30" />
      <source>ClearSKY needs the Python package(s) {value1}. On Debian/Ubuntu: sudo apt install {debs}; on Windows (OSGeo4W shell) or macOS: python -m pip install {pips}. Then restart QGIS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/download.py" line="269" />
      <source>No free file name for {name} in {parent}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/download.py" line="99" />
      <source>Not enough free disk space in {folder}: the download needs about {value2}, {value3} are free.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/download.py" line="223" />
      <source>The server sent an empty or truncated file; nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/download.py" line="157" />
      <source>Cannot write in {folder}: {value2}; nothing was downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/download.py" line="194" />
      <source>The download was cancelled before the file was complete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/download.py" line="201" />
      <source>The server sent something that is not a GeoTIFF; nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/download.py" line="218" />
      <source>The download broke off: {value1} of {value2} arrived.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/download.py" line="229" />
      <location filename="../core/download.py" line="209" />
      <source>Could not write to {parent}: {value2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="62" />
      <source>Open ClearSKY settings and check the API URL and key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="66" />
      <source>Check the API key in ClearSKY settings (Test connection shows whether it works).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="70" />
      <source>Change the request (area, date, model or bands) and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="74" />
      <source>Top up the account's credits or make the area smaller or the resolution coarser.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="78" />
      <source>Pick another date (the calendar shows available dates) or another area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="82" />
      <source>Split the area or use the tile download for large areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="86" />
      <source>Choose fewer bands.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="90" />
      <source>The area and date must be covered by an active order: see which ones are in the Orders section of the ClearSKY panel (or Browser → ClearSKY → Orders), where 'New order for this area…' orders it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="97" />
      <source>Check the API URL in ClearSKY settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="101" />
      <source>The service is busy or the account's parallel request limit is reached; try again in a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="105" />
      <source>The ClearSKY service had a problem; try again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="109" />
      <source>Check the network connection and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="113" />
      <source>Free some disk space or choose another output folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="121" />
      <source>Use a polygon area of interest in a layer with a known CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="127" />
      <source>Nothing was re-sent, so nothing more was spent. Check the delivery (upload target, output folder) and the balance in the ClearSKY web app before trying again; contact ClearSKY support if the imagery is missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="136" />
      <source>Check availability and cost again, and approve the new estimate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/errors.py" line="140" />
      <source>Check availability and cost again before downloading.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/history.py" line="94" />
      <source>delivered to URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/history.py" line="97" />
      <source> · ⚠ file missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/history.py" line="136" />
      <source>{path} stayed locked for {timeout_s:.0f} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="86" />
      <source>The image was delivered to the upload URL; there is no local file to add.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="75" />
      <source>{name} could not be opened as a raster layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="105" />
      <source>ClearSKY tiles {value1} {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="127" />
      <source>The file of this download is no longer at {value1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="109" />
      <source>{model} {value2} {name} EPSG:{epsg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="25" />
      <source>Tiles and minitiles are delivered in a UTM zone only: choose a UTM CRS (EPSG:326xx north, 327xx south) or 'each cell in its own UTM zone' (automatic UTM); EPSG:{epsg} works for composites, not for tiles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="158" />
      <source>Level is 1 (top of atmosphere, L1C) or 2 (bottom of atmosphere, L2A).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="120" />
      <source>Choose fewer bands, e.g. 'rgb' or B4,B3,B2,B8.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="224" />
      <source>A request needs exactly one area of interest: either WKT or GeoJSON, not both and not neither.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="227" />
      <source>Choose a model, e.g. Stratus2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="229" />
      <source>Choose at least one satellite constellation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="303" />
      <source>A tile download needs the tile's GUID.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="111" />
      <source>{model} does not deliver {value2}; its bands are {value3} (an index is written like [B8_B4]).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="117" />
      <source>{n} bands are asked for, but this account allows at most {max_bands} per download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="135" />
      <source>The resolution must be a whole number of metres from {lo} to {hi} (e.g. 10, 20, 40 … 1280); got {resolution!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="165" />
      <source>Level, Harmonize and ClipReflectance are Nimbus options; {model} does not take them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="71" />
      <source>'{text}' is not a date; use the form YYYY-MM-DD, e.g. 2024-05-03.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/models.py" line="232" />
      <source>Unknown UTM selection mode '{utm_mode}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="260" />
      <source>The estimate assumes the area overlaps none of your existing orders; where it does, the price changes (and with tile deduplication, cells already ordered are left out).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="67" />
      <source>An order covers either an area or grid cells (tiles or minitiles), one of them: choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="70" />
      <source>Choose the model to order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="72" />
      <source>Choose at least one satellite constellation for the order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="80" />
      <source>Imagery is stored for at least one month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="82" />
      <source>Each image must be downloadable at least once (API requests ≥ 1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="172" />
      <source>ClearSKY answered the order estimate with something that is not an estimate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="188" />
      <source>cost this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="189" />
      <source>monthly cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="190" />
      <source>billed area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="228" />
      <location filename="../ui/estimate_dialog.py" line="85" />
      <location filename="../ui/history_panel.py" line="47" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="240" />
      <location filename="../ui/estimate_dialog.py" line="84" />
      <source>Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="243" />
      <source>{n} in the first month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="243" />
      <source>{n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="252" />
      <source>ClearSKY bills the bounding box of each polygon, with a minimum area per polygon: {billed:,.2f} km² are billed for the {drawn:,.2f} km² drawn (the billed boxes are outlined on the map).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="137" />
      <source>from {first}, every month until cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="235" />
      <source>{now} this month, then about {monthly} a month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="239" />
      <source>{now} this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="244" />
      <source>Image dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="246" />
      <source>Cancellable until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="75" />
      <source>The image frequency is 1 (an image every day) to 7 (one a week) days, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="85" />
      <source>The last month ({last}) is before the first ({first}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="229" />
      <source>{drawn:,.2f} km² drawn, {billed:,.2f} km² billed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="292" />
      <source>This month's cost of the order is {cost}, above {limit}={max:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/ordering.py" line="194" />
      <source>ClearSKY answered the order estimate with an unusable {what} ({value}); nothing was ordered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/orders.py" line="19" />
      <source>the Orders section of the ClearSKY panel, or Browser → ClearSKY → Orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/orders.py" line="219" />
      <source>ClearSKY orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/orders.py" line="144" />
      <source>Only {pct} of the area is covered by your orders on this date ({names}); the rest cannot be downloaded (a download may fail with 'not covered by an order', or be partial).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/orders.py" line="105" />
      <source> · {api_requests} download(s) per image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/orders.py" line="132" />
      <source>{n} tile order(s) could not be placed on the map (their cells were not found), so the plugin cannot tell whether they cover this area; the server decides at download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/orders.py" line="137" />
      <source>The area and date are outside every active order: nothing can be downloaded until it is ordered (see {ORDERS_VIEW}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/orders.py" line="143" />
      <source>Your orders cover the whole area on this date ({names}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="51" />
      <source>The balance could not be compared with the one before the request, so it may have been charged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="52" />
      <source>Other downloads were running at the same time, so the balance cannot tell whether this one was charged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="139" />
      <source>; it was not sent again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="271" />
      <source>The download was cancelled while ClearSKY was still processing it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="172" />
      <source>A paid download was attempted without an approval; nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="416" />
      <source>This client is for free endpoints only (the live check): the order was refused and nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="422" />
      <source>An order was attempted without a confirmation; nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="424" />
      <source>Cancelled before the order was sent; nothing was ordered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="489" />
      <source>Look at the Orders section of the ClearSKY panel (Refresh) or the ClearSKY web app before ordering again: a second order would be billed too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="132" />
      <source>{what}. {value2}; it was not sent again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="136" />
      <source>{what}. ClearSKY charged {charged:,.2f} credits for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="185" />
      <source>Choose an output folder for the download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="191" />
      <source>The download was cancelled before it started; nothing was spent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="362" />
      <source>broke off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="320" />
      <source>The ClearSKY API answered with JSON where a GeoTIFF was expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="461" />
      <source>ClearSKY accepted the order but did not say which it is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="486" />
      <source>{value1}. The order may have been placed; it was not sent again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="435" />
      <source>ClearSKY did not answer the order in time ({what}), and it is not in the orders list yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="474" />
      <source>The orders list could not be read to check ({message})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="180" />
      <source>Cannot create {out_dir}: {value2}; nothing was downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="276" />
      <source>{what}. Nothing was charged so far, but ClearSKY may still charge for it; the balance in the ClearSKY panel is read again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="366" />
      <source>The download {kind} before the file was complete, so no file was saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/paid.py" line="375" />
      <source>Could not save the download: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/settings.py" line="83" />
      <source>The API key is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/settings.py" line="87" />
      <source>QGIS's authentication database is not available, so the key cannot be stored safely.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/settings.py" line="102" />
      <source>The key could not be stored in QGIS's authentication database (is the master password set?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/settings.py" line="88" />
      <source>Check Settings → Options → Authentication; for headless use set CLEARSKY_API_KEY.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/settings.py" line="166" />
      <source>Open ClearSKY settings and enter your key (or set CLEARSKY_API_KEY for headless use).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/styling.py" line="54" />
      <source>Overviews or statistics could not be prepared ({exc}); the map may redraw slowly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tasks.py" line="51" />
      <location filename="../core/tasks.py" line="72" />
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tasks.py" line="103" />
      <source>ClearSKY: check availability and cost ({value1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tasks.py" line="133" />
      <source>ClearSKY: download {value1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tasks.py" line="195" />
      <source>ClearSKY: download {n} grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tasks.py" line="58" />
      <location filename="../core/tiles.py" line="263" />
      <source>See the ClearSKY log for details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tasks.py" line="228" />
      <source>Cancelled: {value1} of {n} cells are complete; run the same batch again to fetch the rest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tasks.py" line="58" />
      <location filename="../core/tiles.py" line="263" />
      <source>Unexpected error: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="342" />
      <location filename="../ui/tiles_panel.py" line="91" />
      <source>ClearSKY grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="152" />
      <source>credits (amount unknown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="378" />
      <source>The layer has no 'guid' field: use the grid cells from 'Search tiles'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="137" />
      <source>{n} cell(s) downloaded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="229" />
      <source>Cancelled before this cell started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="379" />
      <source>Run clearsky:searchtiles (or Search tiles in the dock) first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="139" />
      <source>{n} already complete from an earlier run (skipped)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="142" />
      <source>{n} failed: {guids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="153" />
      <source>the failed cells were charged {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="146" />
      <source>{n} kept with a warning: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/tiles.py" line="253" />
      <source>the file was kept, but its attribution tags could not be written ({exc})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="256" />
      <source>an HTML page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="256" />
      <source>no usable answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="96" />
      <source>The API URL must not contain a user name or password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="167" />
      <source>The ClearSKY API sent an answer larger than {value1} MiB; it was not read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="257" />
      <source>is rate limiting requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="259" />
      <source>had an internal problem and returned {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="260" />
      <source>The ClearSKY API {what} (HTTP {status}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="85" />
      <source>'{text}' is not a valid API URL; it should look like {DEFAULT_BASE_URL}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="91" />
      <source>Refusing the unencrypted API URL '{text}': the API key would travel in clear text. Use https://.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="136" />
      <source>response body ended after {n} of {announced} bytes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="240" />
      <location filename="../core/transport.py" line="230" />
      <source>ClearSKY: {value1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="246" />
      <source>ClearSKY refused the API key (HTTP {status}): it is missing, wrong, revoked or lacks access.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="253" />
      <source>The ClearSKY API has no {path} (HTTP 404).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transport.py" line="198" />
      <source>The ClearSKY API answered the {what} request in a shape the plugin cannot read ({exc}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="241" />
      <source>The request changed after its cost was approved (area, date, model, bands, resolution or CRS); nothing was downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="439" />
      <source>{n} grid cells, estimated in {n2} request(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="101" />
      <source>Cost: {credits:,.2f} credits for {area_km2:,.2f} km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="292" />
      <source>GDAL cannot read the delivered file as a raster; it was kept as it arrived.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="516" />
      <source>{n} dates: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="105" />
      <source>, about {value1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="107" />
      <source>, about {runtime_s:,.0f} s to process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="117" />
      <source>⚠ The cost is above the balance: top up or make the area smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="283" />
      <source>ClearSKY returned the file instead of uploading it to the URL; it was saved to {path} (credits were spent for it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="334" />
      <source>Unknown model '{model}'. Available: {value2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="340" />
      <source>{value1} cannot be used with {model}; it takes {value3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="462" />
      <source>Unknown step '{step}': use one of {value2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="502" />
      <source>No imagery for this area between {value1} and {value2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="76" />
      <source>the limit of {max_credits:g} credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="79" />
      <source>The estimate is {credits:,.2f} credits, above {limit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="85" />
      <source>The estimate ({credits:,.2f} credits) is above the balance ({balance:,.2f}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="112" />
      <source>Balance: {balance:,.2f} credits ({left:,.2f} after this download).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="295" />
      <source>The delivered file's metadata could not be read ({exc}); the file was kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="302" />
      <source>The attribution could not be written into the GeoTIFF ({exc}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workflow.py" line="306" />
      <source>The attribution file next to the GeoTIFF could not be written ({exc}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="37" />
      <source>Area of interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="52" />
      <source>Rectangle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="52" />
      <source>Drag a rectangle on the map (Esc cancels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="55" />
      <source>Polygon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="55" />
      <source>Click the vertices; right-click finishes, Backspace undoes, Esc cancels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="57" />
      <source>Extent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="57" />
      <source>Use the current map extent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="75" />
      <source>selected features only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="78" />
      <source>No area yet: draw one, or pick a polygon layer or the canvas extent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="84" />
      <source>what the layers and the history call this area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="85" />
      <source>Layers, file groups and the history use this name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="68" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="82" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="129" />
      <source>drawn area {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="135" />
      <source>map extent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="211" />
      <source>⚠ above the account's limit of {limit:,.0f} km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/approval.py" line="126" />
      <source>ClearSKY: check a date series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/approval.py" line="250" />
      <source>You already downloaded exactly this request on {when} ({credits} credits) to {where}. Download it again and spend {cost:,.2f} credits again?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/approval.py" line="267" />
      <source>{n} of these {m} grid cells were already downloaded with exactly these settings. Download them again and spend credits on them again?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/approval.py" line="200" />
      <source>That estimate was more than {m} minutes old, so it was checked again; approve the new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/approval.py" line="225" />
      <source>ClearSKY series {aoi_name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/browser.py" line="97" />
      <source>Add order area to map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/browser.py" line="124" />
      <location filename="../ui/orders_panel.py" line="22" />
      <source>Orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/browser.py" line="173" />
      <location filename="../ui/download_list.py" line="89" />
      <source>Downloads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/browser.py" line="101" />
      <source>Download imagery for this order's area…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/browser.py" line="106" />
      <location filename="../ui/layer_menu.py" line="50" />
      <source>Order details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/browser.py" line="110" />
      <location filename="../ui/layer_menu.py" line="51" />
      <location filename="../ui/orders_panel.py" line="41" />
      <source>Cancel order…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/browser.py" line="92" />
      <source>ClearSKY order {model} {period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/date_row.py" line="31" />
      <source>Previous date with imagery for this area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/date_row.py" line="35" />
      <source>Next date with imagery for this area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/date_row.py" line="77" />
      <source>Dates with imagery for this area are highlighted on the calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/date_row.py" line="95" />
      <source>No imagery on this date for this area: ◀ ▶ jump to one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/date_row.py" line="76" />
      <source>{n} dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="110" />
      <location filename="../ui/dock.py" line="366" />
      <source>Check availability &amp;&amp; cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="112" />
      <source>Download…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="120" />
      <source>Account: not connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="123" />
      <source>⚙ Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="127" />
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="131" />
      <source>Copy diagnostics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="132" />
      <source>Versions and the last API calls, for a bug report (no key)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="156" />
      <source>No ClearSKY API key yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="158" />
      <source>Set up key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="206" />
      <source>ClearSKY: load models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="341" />
      <source>from history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="218" />
      <location filename="../ui/settings_dialog.py" line="149" />
      <source>account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="223" />
      <source>Account: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="229" />
      <source>Choose an area of interest first: draw one, or pick a layer or the extent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="292" />
      <location filename="../ui/order_dialog.py" line="107" />
      <source>{n} grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="366" />
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="285" />
      <source>Choose the area to order first: draw one, or pick a layer or the extent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="220" />
      <source>{credits:,.0f} credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="222" />
      <source>max {area:,.0f} km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" line="273" />
      <source>EPSG:{epsg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/download_list.py" line="56" />
      <location filename="../ui/feedback.py" line="28" />
      <source>cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/download_list.py" line="80" />
      <source>its credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/download_list.py" line="55" />
      <source>failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/download_list.py" line="61" />
      <source>Cancel this download</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/download_list.py" line="61" />
      <source>Zoom to the layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/download_list.py" line="81" />
      <source>ClearSKY has already processed this download and is sending the file: {cost} are spent whether you cancel or not, and a cancelled file cannot be resumed. Cancel anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/download_list.py" line="54" />
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/download_list.py" line="80" />
      <source>about {c:,.2f} credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="420" />
      <source>Added to the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="151" />
      <source>ClearSKY: estimate grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="226" />
      <source>ClearSKY: balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="402" />
      <source>Delivered by ClearSKY to the upload URL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="422" />
      <source>The cancel came after the last byte had arrived: the paid file was kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="68" />
      <source>complete (earlier run)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="423" />
      <source>Downloaded {name} and added it to the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="208" />
      <source>The download history could not be read; it was moved to {path} and a new one was started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="412" />
      <source>Saved to {path}, but it could not be added to the map: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/downloads.py" line="415" />
      <source>Open the file from the folder or the history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="50" />
      <source>ClearSKY – availability and cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="74" />
      <source>Product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="79" />
      <location filename="../ui/product_panel.py" line="87" />
      <location filename="../processing/algorithms.py" line="325" />
      <source>Bands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="86" />
      <source>Download size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="89" />
      <source>Processing time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="93" />
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="130" />
      <source>Copy request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="131" />
      <source>Copy the exact JSON payload and an equivalent cURL command (key not included)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="148" />
      <source>Download</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="150" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="167" />
      <source>Copied ✓</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="86" />
      <location filename="../ui/estimate_dialog.py" line="93" />
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="90" />
      <source>not given by the server (usually under a minute)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="95" />
      <source>After download</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="100" />
      <source>The cost is above your balance: top up credits or make the area smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="108" />
      <source>Parts of the image are marked uncertain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="137" />
      <source>Go on with a partial image…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="138" />
      <source>Estimate again for a partial image (missing parts become nodata)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="143" />
      <location filename="../ui/feedback.py" line="65" />
      <source>Order this area…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="145" />
      <source>Estimate an order for this area; nothing is ordered before you confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="75" />
      <source>{model} · {value2} · {resolution} m · EPSG:{epsg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="82" />
      <source>Series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="82" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="84" />
      <location filename="../ui/estimate_dialog.py" line="93" />
      <location filename="../ui/estimate_dialog.py" line="95" />
      <source>credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="118" />
      <source>Nearest dates with imagery:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="120" />
      <source>◀ {d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="120" />
      <source>{d} ▶</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="122" />
      <source>Check this date instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="103" />
      <source>The cost is above your budget of {budget:,.0f} credits (ClearSKY settings).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="17" />
      <source>charged, not delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="18" />
      <source>not enough credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="19" />
      <location filename="../ui/settings_dialog.py" line="54" />
      <source>API key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="20" />
      <source>settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="21" />
      <source>not ordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="22" />
      <source>no imagery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="23" />
      <source>area too large</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="24" />
      <source>too many bands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="25" />
      <source>area of interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="26" />
      <source>request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="27" />
      <source>disk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="29" />
      <source>download broke off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="30" />
      <source>busy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="31" />
      <source>server problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="57" />
      <source>Show details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="96" />
      <source>Diagnostics copied: paste them into your bug report (no key, no coordinates in them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="113" />
      <source>More in View → Panels → Log Messages, tab ClearSKY.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="61" />
      <source>Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="104" />
      <source>Error type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/feedback.py" line="106" />
      <source>ClearSKY error code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="35" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="42" />
      <source>Filter by date, area, model or file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="54" />
      <source>Use its area and settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="55" />
      <source>Fill the form from the selected download (pick another date, then check)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="57" />
      <source>Copy attribution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="47" />
      <location filename="../ui/product_panel.py" line="55" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="47" />
      <location filename="../ui/order_dialog.py" line="130" />
      <location filename="../ui/product_panel.py" line="76" />
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="47" />
      <location filename="../processing/algorithms.py" line="188" />
      <source>Credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="47" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="88" />
      <source>⚠ The file is no longer there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="69" />
      <location filename="../processing/base.py" line="151" />
      <source>The download history could not be read: {e}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="60" />
      <source>Download imagery for this layer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="80" />
      <source>Select one order on the orders layer first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="121" />
      <source>Download imagery for selected features…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="51" />
      <source>ClearSKY: read orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="83" />
      <source>ClearSKY: order details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="91" />
      <source>ClearSKY · order details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="109" />
      <source>the order is withdrawn before it is placed; it is not billed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="111" />
      <source>future billing: no new months are ordered after this one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="135" />
      <source>ClearSKY: cancel order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="88" />
      <source>Cancellable: yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="88" />
      <source>Cancellable: no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="112" />
      <source>Cancel the order {label}?

What stops: {stops}.
What stays: imagery already stored can still be downloaded until its storage ends, and what was billed is not refunded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="87" />
      <source>Order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="122" />
      <source>This order cannot be cancelled: only orders in Review and recurring orders can be (it is {status}, {period}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="132" />
      <source>Order cancelled: {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="91" />
      <source>ClearSKY · new order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="133" />
      <source>One-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="135" />
      <source>Recurring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="137" />
      <source>Billed every month until you cancel it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="141" />
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="146" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="153" />
      <source>every </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="154" />
      <source> day(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="155" />
      <source>1 = an image every day … 7 = one image a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="160" />
      <source>Image dates are counted from this reference date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="165" />
      <source>Images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="171" />
      <source> month(s) stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="172" />
      <source>How long ClearSKY keeps the imagery for download (after the current month)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="176" />
      <source> download(s) per image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="178" />
      <source>How many times each image can be downloaded (1: once; another band set or CRS is a second download)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="183" />
      <source>Terms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="184" />
      <source>leave out cells I have already ordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="192" />
      <location filename="../processing/algorithms.py" line="121" />
      <source>Estimate cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="197" />
      <source>Estimate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="199" />
      <source>Not estimated yet: press Estimate cost (free).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="220" />
      <location filename="../ui/order_dialog.py" line="486" />
      <source>Place order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="330" />
      <source>Estimating…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="333" />
      <source>ClearSKY: estimate order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="374" />
      <source>I confirm: place this order and pay for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="465" />
      <source>Placing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="468" />
      <source>ClearSKY: place order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="107" />
      <source>the area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="142" />
      <source>from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="162" />
      <source>counted from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="189" />
      <source>Tile deduplication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="280" />
      <source>An order is for tiles or for minitiles: select cells of one kind (search again with or without 'minitiles').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="308" />
      <location filename="../ui/order_dialog.py" line="350" />
      <source>The terms changed: estimate again (free).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="317" />
      <source>I confirm this order (estimate first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="454" />
      <source>The estimate is more than 5 minutes old: estimate again (free).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="109" />
      <source>Order imagery for &lt;b&gt;{what}&lt;/b&gt;: ClearSKY makes cloud-free images of it downloadable and bills the order monthly. Nothing is ordered until you confirm below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="359" />
      <source>Placing it bills {now} this month and about {monthly} every month until you cancel it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="477" />
      <source>Order placed: {model}, {period} ({status}). It is listed under Orders; its imagery downloads once it is active.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="363" />
      <source>Placing it bills {now} this month and about {monthly} in each following month up to {last}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="371" />
      <source>Placing it bills {now} this month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="267" />
      <source>{name}: required by {model}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="27" />
      <source>New order for this area…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="30" />
      <source>Estimate an order for the area of interest; nothing is ordered before you confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="39" />
      <source>Details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="42" />
      <source>Orders in Review, and recurring orders (stops future billing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="44" />
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="49" />
      <source>Show orders on the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="69" />
      <source>No orders: downloads need an order covering the area and date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="18" />
      <source>Output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="25" />
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="26" />
      <source>download here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="27" />
      <source>deliver to URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="33" />
      <source>pre-signed PUT URL (UploadUrl)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="43" />
      <source>URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="54" />
      <source>Enter the upload URL, or choose 'download here'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="63" />
      <source>Choose an output folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="42" />
      <source>Date and product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="59" />
      <source>series until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="60" />
      <source>Download every date (or one a week / a month) up to this one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="81" />
      <source>Satellites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="85" />
      <source>'all', 'rgb' or a comma list such as B4,B3,B2; [B8_B4] is an index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="90" />
      <source>suggested UTM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="99" />
      <source>Output CRS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="108" />
      <source>exact pixel size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="110" />
      <source>Pixels exactly the chosen resolution on the UTM grid (UtmGridForcePixelResolutionSize). Off lets ClearSKY use e.g. 9.99 m pixels to avoid resampling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="119" />
      <source>Resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="125" />
      <source>L2A, bottom of atmosphere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="126" />
      <source>L1C, top of atmosphere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="127" />
      <source>Processing level (Level); L1C adds band B10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="128" />
      <source>harmonised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="130" />
      <source>clip reflectance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="140" />
      <source>Nimbus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="310" />
      <source>ClearSKY: available dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="66" />
      <source>every date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="66" />
      <source>weekly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="66" />
      <source>monthly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="175" />
      <source>optional input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="198" />
      <source>Choose an output CRS with an EPSG code, e.g. a UTM zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="175" />
      <source>required by {model}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="185" />
      <location filename="../ui/product_panel.py" line="191" />
      <source>EPSG:{utm_epsg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="55" />
      <source>The key is kept in QGIS's authentication database, protected by its master password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="45" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="70" />
      <source>Test connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="79" />
      <source>Defaults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="84" />
      <location filename="../processing/algorithms.py" line="343" />
      <source>Output folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="88" />
      <source>no budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="91" />
      <source>Warn above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="94" />
      <source>account limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="96" />
      <source>Parallel downloads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="99" />
      <source>Advanced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="105" />
      <source>API URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="106" />
      <source>Proxy: taken from Settings → Options → Network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="142" />
      <source>Connecting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="143" />
      <source>ClearSKY: test connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="150" />
      <source>balance unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="164" />
      <source>ClearSKY settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="52" />
      <source>stored in the QGIS authentication database – type to replace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="52" />
      <source>paste your API key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="57" />
      <source>No master password is set yet: when you save, QGIS will ask you to choose one. It protects the key (and the other passwords QGIS keeps) on this computer; QGIS asks for it once per session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="151" />
      <source>Connected as {name} · {balance}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="64" />
      <source>{env} is set in the environment and takes precedence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="27" />
      <source>Large area (grid tiles)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="36" />
      <source>Search grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="37" />
      <source>Show the ClearSKY grid cells covering the area (free)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="39" />
      <source>minitiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="44" />
      <source>For areas too large for one composite: grid cells, downloaded in parallel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="47" />
      <source>also one mosaic in the output CRS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="49" />
      <location filename="../ui/tiles_panel.py" line="118" />
      <source>Download cells…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="50" />
      <source>The selected cells, or all of them when none is selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="53" />
      <source>Order these cells…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="56" />
      <source>A tile order of the selected cells (or all): estimated first, nothing is ordered before you confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="79" />
      <source>ClearSKY: search grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="111" />
      <source>all will be downloaded (select cells to limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="67" />
      <source>Choose an area of interest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="111" />
      <source>{s} selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="113" />
      <source>{n} cells in EPSG {zones} · {which}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="127" />
      <source>Search the grid cells first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="118" />
      <source>Download {k} cells…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="45" />
      <source>Check availability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="46" />
      <source>Asks ClearSKY whether imagery is ready for the area, date and product (free of charge). READY is true when a complete download is possible; STATE says why not otherwise.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="79" />
      <source>Available dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="80" />
      <source>Lists the dates with imagery for the whole area between FROM and UNTIL (free of charge).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="122" />
      <source>What the download of this area, date and product would cost in credits (free of charge).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="164" />
      <source>Download composite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="165" />
      <source>Checks availability and cost, then downloads the cloud-free composite as a GeoTIFF (spends credits). MAX_CREDITS refuses the download when the estimate is higher. With UPLOAD_URL ClearSKY delivers the file to that URL instead and nothing is downloaded. The GeoTIFF carries the source attribution in its tags, in a .qmd sidecar and in &lt;file&gt;.attribution.txt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="264" />
      <source>Search grid tiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="265" />
      <source>The ClearSKY grid cells (tiles, or minitiles with MINITILES) that cover the area, as a polygon layer with the fields guid, minitile, epsg and status. Select cells and feed the layer to 'Download grid tiles'. Free of charge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="304" />
      <source>Download grid tiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="305" />
      <source>Downloads the cells of a grid layer from 'Search grid tiles' (use 'selected features only' to pick cells), at most the account's MaxConcurrentConnections (or MAX_PARALLEL) at once, one GeoTIFF per cell and one VRT per UTM zone in OUTPUT_FOLDER. Spends credits. Running the same batch again downloads only the cells that are missing or incomplete. Failed cells are retried, then listed by GUID.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="432" />
      <source>Estimate an order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="433" />
      <source>What an order of the area (AOI) or of grid cells (TILES, from 'Search grid tiles') would cost and deliver (free of charge; nothing is ordered). ClearSKY bills each polygon's bounding box, with a minimum area per polygon, so BILLED_AREA_KM2 can exceed AREA_KM2; grid cells are billed as cells. FROM_MONTH and TO_MONTH are YYYY-MM; an empty TO_MONTH is a recurring order, billed every month until cancelled. The estimate assumes no overlap with existing orders.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="585" />
      <source>Place an order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="586" />
      <source>Estimates the order like 'Estimate an order', then places it — once — if CONFIRM is true and this month's cost is not above MAX_COST. SPENDS MONEY: ClearSKY bills the order monthly (every month until cancelled for a recurring order). Without CONFIRM, or above MAX_COST, nothing is ordered. After a server error the orders list is checked for the new order before anything is sent again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="84" />
      <source>From (YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="85" />
      <source>Until (YYYY-MM-DD, empty = one year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="199" />
      <source>Checking availability and cost…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="217" />
      <source>Downloading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="441" />
      <source>Area drawn (km²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="442" />
      <source>Area billed (km²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="443" />
      <source>Cost this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="444" />
      <source>Cost of each following month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="445" />
      <source>Number of image dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="55" />
      <location filename="../processing/algorithms.py" line="135" />
      <source>Ready to download</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="56" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="57" />
      <location filename="../processing/algorithms.py" line="136" />
      <location filename="../processing/algorithms.py" line="503" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="58" />
      <source>Fully available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="59" />
      <source>Partially available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="60" />
      <source>Covered by orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="88" />
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="90" />
      <source>Number of dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="130" />
      <location filename="../processing/algorithms.py" line="189" />
      <source>Area (km²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="131" />
      <source>Estimated size (bytes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="132" />
      <source>Balance (credits)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="179" />
      <source>Deliver to this URL instead (UploadUrl)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="185" />
      <source>Composite (a temporary output is saved in the ClearSKY output folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="190" />
      <source>SHA-256 of the delivered file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="240" />
      <source>ClearSKY delivered the composite to the upload URL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="273" />
      <source>Minitiles instead of tiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="275" />
      <location filename="../processing/algorithms.py" line="315" />
      <source>Grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="277" />
      <source>Number of cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="322" />
      <source>Satellite constellations (empty = required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="328" />
      <location filename="../processing/base.py" line="176" />
      <source>Resolution (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="335" />
      <source>Parallel downloads (0 = the account's limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="344" />
      <source>Estimated credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="345" />
      <source>Cells downloaded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="346" />
      <source>Cells already complete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="347" />
      <source>Cells failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="348" />
      <source>GUIDs of failed cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="349" />
      <source>VRT per UTM zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="358" />
      <source>The grid cells could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="361" />
      <location filename="../processing/algorithms.py" line="547" />
      <source>No grid cells given (is the selection empty?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="454" />
      <location filename="../processing/base.py" line="105" />
      <source>Area of interest (polygons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="455" />
      <source>or grid cells (tiles or minitiles)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="466" />
      <location filename="../processing/base.py" line="168" />
      <source>Satellite constellations, comma-separated (empty = the model's required ones)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="472" />
      <source>First month (YYYY-MM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="475" />
      <source>Last month (YYYY-MM; empty = recurring until cancelled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="481" />
      <source>Days between images (1 = daily … 7 = weekly)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="487" />
      <source>Reference date of the image dates (YYYY-MM-DD; empty = the first month's 1st)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="493" />
      <source>Storage (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="496" />
      <source>Downloads per image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="502" />
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="522" />
      <source>FROM_MONTH is required (YYYY-MM).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="527" />
      <source>Give either AOI (an area) or TILES (grid cells), one of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="597" />
      <source>Leave out grid cells that are already ordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="603" />
      <source>Refuse if this month's cost exceeds (in the order's currency)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="611" />
      <source>I confirm: place this order (it is billed monthly)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="614" />
      <source>Order GUID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="615" />
      <source>Order status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="620" />
      <source>CONFIRM is not set: nothing was ordered. Set CONFIRM=true to place the order (it costs money).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="623" />
      <source>MAX_COST is required: nothing was ordered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="115" />
      <source>{n} dates with imagery for {model}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="206" />
      <location filename="../processing/algorithms.py" line="388" />
      <source> Nothing was downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="212" />
      <source>OUTPUT must be a GeoTIFF (.tif) file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="298" />
      <source>{n} cells in EPSG {zones}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="381" />
      <source>Estimating {n} cells…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="392" />
      <source>{n} cells, {w} at a time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="550" />
      <source>An order is for tiles or for minitiles: give cells of one kind.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="629" />
      <source> Nothing was ordered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="631" />
      <source>Order {guid} placed: {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="253" />
      <location filename="../processing/algorithms.py" line="418" />
      <source>Attribution: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="378" />
      <location filename="../processing/algorithms.py" line="216" />
      <source>Saving into the ClearSKY output folder {f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="517" />
      <source>{name} must be a month as YYYY-MM, not '{text}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="35" />
      <source>Imagery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="38" />
      <location filename="../processing/base.py" line="42" />
      <source>Server default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="39" />
      <source>2 — bottom of atmosphere (L2A)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="40" />
      <source>1 — top of atmosphere (L1C, adds B10)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="42" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="42" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="109" />
      <source>Date (YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="93" />
      <source>&lt;p&gt;The API URL and key come from the ClearSKY settings, or from the environment variables CLEARSKY_API_URL and CLEARSKY_API_KEY (headless use).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="188" />
      <source>Pixels exactly the resolution (UtmGridForcePixelResolutionSize; off allows e.g. 9.99 m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="192" />
      <source>Nimbus: processing level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="195" />
      <source>Nimbus: harmonise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="198" />
      <source>Nimbus: clip reflectance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="120" />
      <source>Download again even if exactly this request was already delivered (spends credits again)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="129" />
      <source>Refuse if the estimate exceeds (credits; empty = no limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="173" />
      <source>Bands ('all', 'rgb' or e.g. B4,B3,B2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="180" />
      <source>Output CRS (empty = suggested UTM zone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="222" />
      <source>The area of interest could not be read: give a polygon layer or file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="227" />
      <source>Area of interest: {summary}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="242" />
      <source>The output CRS needs an EPSG code, e.g. EPSG:32632.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="156" />
      <source>Exactly this request was already delivered on {when} to {where} ({n} time(s) in the history); nothing was downloaded. Set ALLOW_REPEAT=true to pay for it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="277" />
      <source>The download history could not be written: {e}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/provider.py" line="22" />
      <source>ClearSKY Vision imagery</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
