<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>ClearSKY</name>
    <message>
      <location filename="../plugin.py" line="79" />
      <location filename="../plugin.py" line="207" />
      <location filename="../ui/approval.py" line="306" />
      <source>ClearSKY</source>
      <translation>ClearSKY</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="82" />
      <source>Show or hide the ClearSKY imagery panel</source>
      <translation>ClearSKY-Bildpanel ein- oder ausblenden</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="86" />
      <source>ClearSKY Settings…</source>
      <translation>ClearSKY-Einstellungen…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="215" />
      <source>Wait</source>
      <translation>Warten</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="216" />
      <source>Cancel the downloads</source>
      <translation>Downloads abbrechen</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="208" />
      <source>{n} ClearSKY download(s) or order placing(s) are still running ({c:,.2f} credits). Wait for them to finish, or cancel them? Cancelled downloads are not refunded, and an order that was already sent is placed either way.</source>
      <translation>{n} ClearSKY-Download(s) oder Auftragserteilung(en) laufen noch ({c:,.2f} Credits). Auf ihr Ende warten oder abbrechen? Abgebrochene Downloads werden nicht erstattet, und ein bereits gesendeter Auftrag wird in jedem Fall erteilt.</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="31" />
      <source>the Orders section of the ClearSKY panel, or Browser → ClearSKY → Orders</source>
      <translation>dem Abschnitt Aufträge im ClearSKY-Panel oder unter Browser → ClearSKY → Aufträge</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="21" />
      <source>Review</source>
      <translation>in Prüfung</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="22" />
      <source>Initialize</source>
      <translation>wird eingerichtet</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="23" />
      <source>Working</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="24" />
      <source>Done</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="25" />
      <source>Failure</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="26" />
      <source>Cancelled</source>
      <translation>gekündigt</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="241" />
      <source>ClearSKY orders</source>
      <translation>ClearSKY-Aufträge</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="165" />
      <source>Only {pct} of the area is covered by your orders on this date ({names}); the rest cannot be downloaded (a download may fail with 'not covered by an order', or be partial).</source>
      <translation>Nur {pct} des Gebiets ist an diesem Datum von Ihren Aufträgen abgedeckt ({names}); der Rest kann nicht heruntergeladen werden (ein Download kann mit „nicht von einem Auftrag abgedeckt“ fehlschlagen oder unvollständig sein).</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="116" />
      <source>from {start}, recurring</source>
      <translation>ab {start}, wiederkehrend</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="121" />
      <source> · {api_requests} download(s) per image</source>
      <translation> · {api_requests} Download(s) pro Bild</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="153" />
      <source>{n} tile order(s) could not be placed on the map (their cells were not found), so the plugin cannot tell whether they cover this area; the server decides at download.</source>
      <translation>{n} Kachelauftrag/-aufträge konnten nicht auf der Karte platziert werden (ihre Zellen wurden nicht gefunden), daher kann das Plugin nicht sagen, ob sie dieses Gebiet abdecken; der Server entscheidet beim Download.</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="158" />
      <source>The area and date are outside every active order: nothing can be downloaded until it is ordered (see {ORDERS_VIEW}).</source>
      <translation>Gebiet und Datum liegen außerhalb jedes aktiven Auftrags: nichts kann heruntergeladen werden, bevor es bestellt ist (siehe {ORDERS_VIEW}).</translation>
    </message>
    <message>
      <location filename="../core/account_orders.py" line="164" />
      <source>Your orders cover the whole area on this date ({names}).</source>
      <translation>Ihre Aufträge decken an diesem Datum das ganze Gebiet ab ({names}).</translation>
    </message>
    <message>
      <location filename="../core/answers.py" line="86" />
      <source>The area is outside ClearSKY's data area: nothing can be downloaded here.</source>
      <translation>Das Gebiet liegt außerhalb des Datengebiets von ClearSKY: hier kann nichts heruntergeladen werden.</translation>
    </message>
    <message>
      <location filename="../core/answers.py" line="88" />
      <source>The area and date are not covered by your orders: order them first (Orders → New order for this area…).</source>
      <translation>Gebiet und Datum sind nicht von Ihren Aufträgen abgedeckt: bestellen Sie sie zuerst (Aufträge → Neuer Auftrag für dieses Gebiet…).</translation>
    </message>
    <message>
      <location filename="../core/answers.py" line="93" />
      <source>The imagery for this date is past the order's storage period and can no longer be downloaded.</source>
      <translation>Die Bilder dieses Datums liegen außerhalb der Speicherdauer des Auftrags und können nicht mehr heruntergeladen werden.</translation>
    </message>
    <message>
      <location filename="../core/answers.py" line="96" />
      <source>The data exists but is not available to this account.</source>
      <translation>Die Daten existieren, sind für dieses Konto aber nicht verfügbar.</translation>
    </message>
    <message>
      <location filename="../core/answers.py" line="97" />
      <source>Imagery is fully available for the whole area on this date.</source>
      <translation>Für das ganze Gebiet sind an diesem Datum Bilder vollständig verfügbar.</translation>
    </message>
    <message>
      <location filename="../core/answers.py" line="98" />
      <source>Imagery is available for the whole area, but parts are marked uncertain.</source>
      <translation>Für das ganze Gebiet sind Bilder verfügbar, Teile sind aber als unsicher markiert.</translation>
    </message>
    <message>
      <location filename="../core/answers.py" line="99" />
      <source>Imagery is only partly available: part of the area will be empty (nodata).</source>
      <translation>Bilder sind nur teilweise verfügbar: ein Teil des Gebiets bleibt leer (NoData).</translation>
    </message>
    <message>
      <location filename="../core/answers.py" line="100" />
      <source>No imagery is available for this area and date yet.</source>
      <translation>Für dieses Gebiet und Datum sind noch keine Bilder verfügbar.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="50" />
      <source>The area crosses UTM zones {zones}. With UtmDataSelectionMode 'combined_utm' (the default) ClearSKY fills the output from the neighbouring zone by reprojection; 'single_utm' keeps only pixels stored in the requested zone (the rest becomes nodata); 'single_utm_fully_covered' fails unless that zone covers the whole area.</source>
      <translation>Das Gebiet überquert die UTM-Zonen {zones}. Mit UtmDataSelectionMode „combined_utm“ (Standard) füllt ClearSKY die Ausgabe durch Umprojektion aus der Nachbarzone; „single_utm“ behält nur Pixel, die in der angefragten Zone gespeichert sind (der Rest wird NoData); „single_utm_fully_covered“ schlägt fehl, wenn diese Zone nicht das ganze Gebiet abdeckt.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="188" />
      <source>The area of interest has no coordinate reference system (unknown CRS).</source>
      <translation>Das Interessengebiet hat kein Koordinatenbezugssystem (unbekanntes KBS).</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="309" />
      <location filename="../core/aoi.py" line="463" />
      <source>The area of interest is empty: draw an area or pick features with polygons.</source>
      <translation>Das Interessengebiet ist leer: zeichnen Sie ein Gebiet oder wählen Sie Objekte mit Polygonen.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="321" />
      <source>The geometry was invalid (e.g. self-intersecting) and was repaired.</source>
      <translation>Die Geometrie war ungültig (z. B. selbstüberschneidend) und wurde repariert.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="324" />
      <source>The area of interest has no area (all its polygons are degenerate).</source>
      <translation>Das Interessengebiet hat keine Fläche (alle seine Polygone sind entartet).</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="347" />
      <source>The area's coordinates are outside longitude -180..180 / latitude -90..90: is the layer's CRS right?</source>
      <translation>Die Koordinaten des Gebiets liegen außerhalb von Länge −180..180 / Breite −90..90: stimmt das KBS des Layers?</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="351" />
      <source>The area spans more than 180° of longitude (it may cross the antimeridian).</source>
      <translation>Das Gebiet erstreckt sich über mehr als 180° Länge (es überquert vielleicht die Datumsgrenze).</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="381" />
      <source>The area of interest is degenerate: it is only centimetres wide, so it has practically no area.</source>
      <translation>Das Interessengebiet ist entartet: es ist nur Zentimeter breit und hat praktisch keine Fläche.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="450" />
      <source>The layer or map has no valid coordinate reference system (unknown CRS).</source>
      <translation>Der Layer oder die Karte hat kein gültiges Koordinatenbezugssystem (unbekanntes KBS).</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="502" />
      <source>Pick a valid polygon vector layer as the area of interest.</source>
      <translation>Wählen Sie einen gültigen Polygon-Vektorlayer als Interessengebiet.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="549" />
      <source>The rectangle is empty.</source>
      <translation>Das Rechteck ist leer.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="111" />
      <source>{area_km2:,.2f} km² · {value2} suggested</source>
      <translation>{area_km2:,.2f} km² · {value2} vorgeschlagen</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="115" />
      <source> · ⚠ crosses </source>
      <translation> · ⚠ überquert </translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="315" />
      <source>Use a polygon layer, or draw a rectangle or polygon.</source>
      <translation>Verwenden Sie einen Polygonlayer, oder zeichnen Sie ein Rechteck oder Polygon.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="341" />
      <source>The area lies outside the valid extent of its coordinate reference system.</source>
      <translation>Das Gebiet liegt außerhalb der gültigen Ausdehnung seines Koordinatenbezugssystems.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="352" />
      <source>Split it into parts on either side of the 180° meridian.</source>
      <translation>Teilen Sie es in Teile beiderseits des 180. Meridians.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="480" />
      <source>The chosen features have no geometry.</source>
      <translation>Die gewählten Objekte haben keine Geometrie.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="489" />
      <location filename="../core/aoi.py" line="509" />
      <source>Pick a polygon layer, or draw a rectangle or polygon.</source>
      <translation>Wählen Sie einen Polygonlayer, oder zeichnen Sie ein Rechteck oder Polygon.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="107" />
      <source>Draw a smaller area, split it, or use the tile download for large areas.</source>
      <translation>Zeichnen Sie ein kleineres Gebiet, teilen Sie es, oder nutzen Sie für große Gebiete den Kachel-Download.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="314" />
      <source>The area of interest must be a polygon; a {kind} has no area.</source>
      <translation>Das Interessengebiet muss ein Polygon sein; ein(e) {kind} hat keine Fläche.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="433" />
      <source>Simplified from {value1:,} to {value2:,} vertices (area change {value3:+.3f} %, limit ±{tolerance_pct} %).</source>
      <translation>Vereinfacht von {value1:,} auf {value2:,} Stützpunkte (Flächenänderung {value3:+.3f} %, Grenze ±{tolerance_pct} %).</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="486" />
      <source>{value1} has {kind} geometries; the area of interest must be polygons.</source>
      <translation>{value1} hat {kind}-Geometrien; das Interessengebiet muss aus Polygonen bestehen.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="506" />
      <source>Layer '{value1}' has {kind} geometries; the area of interest must be polygons.</source>
      <translation>Layer „{value1}“ hat {kind}-Geometrien; das Interessengebiet muss aus Polygonen bestehen.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="103" />
      <source>The area is {area_km2:,.1f} km², above this account's limit of {max_km2:,.0f} km² for one composite.</source>
      <translation>Das Gebiet hat {area_km2:,.1f} km² und liegt über der Grenze dieses Kontos von {max_km2:,.0f} km² für ein Komposit.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="193" />
      <source>The coordinate reference system '{crs}' is not known.</source>
      <translation>Das Koordinatenbezugssystem „{crs}“ ist nicht bekannt.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="297" />
      <source>The area of interest could not be processed ({exc}).</source>
      <translation>Das Interessengebiet konnte nicht verarbeitet werden ({exc}).</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="368" />
      <source>{dropped} sliver part{value2} dropped.</source>
      <translation>{dropped} Splitterteil(e) entfernt.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="456" />
      <source>The coordinate reference system '{value1}' is not known.</source>
      <translation>Das Koordinatenbezugssystem „{value1}“ ist nicht bekannt.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="478" />
      <source>The chosen features of {name!r} have no geometry.</source>
      <translation>Die gewählten Objekte von {name!r} haben keine Geometrie.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="487" />
      <source>The layer</source>
      <translation>Der Layer</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="514" />
      <source>No features are selected in layer '{value1}'.</source>
      <translation>Im Layer „{value1}“ sind keine Objekte gewählt.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="519" />
      <source>Layer '{value1}' has no features.</source>
      <translation>Layer „{value1}“ hat keine Objekte.</translation>
    </message>
    <message>
      <location filename="../core/aoi.py" line="338" />
      <source>The area could not be converted to WGS 84: {exc}.</source>
      <translation>Das Gebiet konnte nicht nach WGS 84 umgerechnet werden: {exc}.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="435" />
      <source>date search</source>
      <translation>Datumssuche</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="472" />
      <source>tile search</source>
      <translation>Kachelsuche</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="509" />
      <source>cell proposal</source>
      <translation>Zellvorschlag</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="568" />
      <source>Give exactly one area of interest: WKT or GeoJSON.</source>
      <translation>Geben Sie genau ein Interessengebiet an: WKT oder GeoJSON.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="183" />
      <location filename="../core/paid.py" line="245" />
      <source>This client is for free endpoints only (the live check): the paid request was refused and nothing was sent.</source>
      <translation>Dieser Client ist nur für kostenlose Endpunkte (die Live-Prüfung): die kostenpflichtige Anfrage wurde abgelehnt und nichts gesendet.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="189" />
      <location filename="../core/settings.py" line="168" />
      <source>No ClearSKY API key is configured.</source>
      <translation>Es ist kein ClearSKY-API-Schlüssel eingerichtet.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="495" />
      <source>Tile search needs exactly one of: WKT, GeoJSON, tile GUIDs, minitile GUIDs.</source>
      <translation>Die Kachelsuche braucht genau eines von: WKT, GeoJSON, Kachel-GUIDs, Minikachel-GUIDs.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="200" />
      <source>Cancelled before the request was sent; nothing was spent.</source>
      <translation>Abgebrochen, bevor die Anfrage gesendet wurde; es wurde nichts ausgegeben.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="288" />
      <source>Cancelled while waiting to retry.</source>
      <translation>Abgebrochen während des Wartens auf einen neuen Versuch.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="273" />
      <source>{message} Gave up after {attempt} attempt{plural} in {elapsed:.0f} s.</source>
      <translation>{message} Aufgegeben nach {attempt} Versuch(en) in {elapsed:.0f} s.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="277" />
      <source>Nothing was charged.</source>
      <translation>Es wurde nichts berechnet.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="230" />
      <source>the connection broke before the server answered</source>
      <translation>die Verbindung brach ab, bevor der Server antwortete</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="232" />
      <source>could not connect</source>
      <translation>keine Verbindung möglich</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="228" />
      <source>no answer within {value1:.0f} s</source>
      <translation>keine Antwort innerhalb von {value1:.0f} s</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="241" />
      <source>Could not reach the ClearSKY API at {base_url}: {kind}.</source>
      <translation>Die ClearSKY-API unter {base_url} war nicht erreichbar: {kind}.</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="340" />
      <source>The ClearSKY API answered with something that is not a valid response (HTTP {status_code}</source>
      <translation>Die ClearSKY-API antwortete mit etwas, das keine gültige Antwort ist (HTTP {status_code}</translation>
    </message>
    <message>
      <location filename="../core/api.py" line="343" />
      <source>, begins '{snippet}'</source>
      <translation>, beginnt mit „{snippet}“</translation>
    </message>
    <message>
      <location filename="../core/approval.py" line="85" />
      <source>Nothing to approve.</source>
      <translation>Es gibt nichts freizugeben.</translation>
    </message>
    <message>
      <location filename="../core/approval.py" line="65" />
      <source>This request was not approved (it differs from what the cost was shown for); nothing was sent.</source>
      <translation>Diese Anfrage wurde nicht freigegeben (sie unterscheidet sich von der, deren Kosten angezeigt wurden); es wurde nichts gesendet.</translation>
    </message>
    <message>
      <location filename="../core/approval.py" line="68" />
      <source>This approval has already paid for this request once; nothing was sent again.</source>
      <translation>Diese Freigabe hat diese Anfrage bereits einmal bezahlt; es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
      <location filename="../core/approval.py" line="71" />
      <source>The cost was approved more than {value1} minutes ago; nothing was sent. Check the cost again and approve the new estimate.</source>
      <translation>Die Kosten wurden vor mehr als {value1} Minuten bestätigt; es wurde nichts gesendet. Prüfen Sie die Kosten erneut und bestätigen Sie die neue Schätzung.</translation>
    </message>
    <message>
      <location filename="../core/approval.py" line="175" />
      <source>{n} of these requests are being downloaded right now; nothing was sent again. Wait for that download to finish (the history then lists it).</source>
      <translation>{n} dieser Anfragen werden gerade heruntergeladen; es wurde nichts erneut gesendet. Warten Sie, bis dieser Download fertig ist (danach steht er im Verlauf).</translation>
    </message>
    <message>
      <location filename="../core/attribution.py" line="149" />
      <source>Source attribution: </source>
      <translation>Quellenangabe: </translation>
    </message>
    <message>
      <location filename="../core/attribution.py" line="138" />
      <source>ClearSKY Vision cloud-free composite, model {model}, date {date}, {resolution} m, bands {bands}, constellations {constellations}.</source>
      <translation>Wolkenfreies Komposit von ClearSKY Vision, Modell {model}, Datum {date}, {resolution} m, Kanäle {bands}, Satelliten {constellations}.</translation>
    </message>
    <message>
      <location filename="../core/deps.py" line="30" />
      <source>ClearSKY needs the Python package(s) {value1}. On Debian/Ubuntu: sudo apt install {debs}; on Windows (OSGeo4W shell) or macOS: python -m pip install {pips}. Then restart QGIS.</source>
      <translation>ClearSKY benötigt das/die Python-Paket(e) {value1}. Unter Debian/Ubuntu: sudo apt install {debs}; unter Windows (OSGeo4W-Shell) oder macOS: python -m pip install {pips}. Danach QGIS neu starten.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="295" />
      <source>No free file name for {name} in {parent}.</source>
      <translation>Kein freier Dateiname für {name} in {parent}.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="103" />
      <source>Not enough free disk space in {folder}: the download needs about {value2}, {value3} are free.</source>
      <translation>Nicht genug freier Speicherplatz in {folder}: der Download braucht etwa {value2}, frei sind {value3}.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="227" />
      <source>The server sent an empty or truncated file; nothing was saved.</source>
      <translation>Der Server schickte eine leere oder abgeschnittene Datei; es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="161" />
      <source>Cannot write in {folder}: {value2}; nothing was downloaded.</source>
      <translation>In {folder} kann nicht geschrieben werden: {value2}; es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="198" />
      <source>The download was cancelled before the file was complete.</source>
      <translation>Der Download wurde abgebrochen, bevor die Datei vollständig war.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="205" />
      <source>The server sent something that is not a GeoTIFF; nothing was saved.</source>
      <translation>Der Server schickte etwas, das kein GeoTIFF ist; es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="222" />
      <source>The download broke off: {value1} of {value2} arrived.</source>
      <translation>Der Download brach ab: {value1} von {value2} kamen an.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="243" />
      <source>The file arrived complete but could not be given its name ({exc}); it is kept as {kept}.</source>
      <translation>Die Datei kam vollständig an, konnte aber nicht umbenannt werden ({exc}); sie bleibt als {kept} erhalten.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="206" />
      <location filename="../core/money.py" line="53" />
      <location filename="../core/money.py" line="60" />
      <source>Try again later; if it persists, report it to ClearSKY support.</source>
      <translation>Versuchen Sie es später erneut; wenn es bleibt, melden Sie es dem ClearSKY-Support.</translation>
    </message>
    <message>
      <location filename="../core/download.py" line="233" />
      <location filename="../core/download.py" line="213" />
      <source>Could not write to {parent}: {value2}.</source>
      <translation>In {parent} konnte nicht geschrieben werden: {value2}.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="62" />
      <source>Open ClearSKY settings and check the API URL and key.</source>
      <translation>Öffnen Sie die ClearSKY-Einstellungen und prüfen Sie API-URL und Schlüssel.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="66" />
      <source>Check the API key in ClearSKY settings (Test connection shows whether it works).</source>
      <translation>Prüfen Sie den API-Schlüssel in den ClearSKY-Einstellungen („Verbindung testen“ zeigt, ob er funktioniert).</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="70" />
      <source>Change the request (area, date, model or bands) and try again.</source>
      <translation>Ändern Sie die Anfrage (Gebiet, Datum, Modell oder Kanäle) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="74" />
      <source>Top up the account's credits or make the area smaller or the resolution coarser.</source>
      <translation>Laden Sie Credits auf, oder verkleinern Sie das Gebiet oder vergröbern Sie die Auflösung.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="78" />
      <source>Pick another date (the calendar shows available dates) or another area.</source>
      <translation>Wählen Sie ein anderes Datum (der Kalender zeigt die verfügbaren Daten) oder ein anderes Gebiet.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="82" />
      <source>Split the area or use the tile download for large areas.</source>
      <translation>Teilen Sie das Gebiet, oder nutzen Sie für große Gebiete den Kachel-Download.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="86" />
      <source>Choose fewer bands.</source>
      <translation>Wählen Sie weniger Kanäle.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="90" />
      <source>The area and date must be covered by an active order: see which ones are in the Orders section of the ClearSKY panel (or Browser → ClearSKY → Orders), where 'New order for this area…' orders it.</source>
      <translation>Gebiet und Datum müssen von einem aktiven Auftrag abgedeckt sein: welche es gibt, zeigt der Abschnitt Aufträge im ClearSKY-Panel (oder Browser → ClearSKY → Aufträge), wo „Neuer Auftrag für dieses Gebiet…“ es bestellt.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="97" />
      <source>Check the API URL in ClearSKY settings.</source>
      <translation>Prüfen Sie die API-URL in den ClearSKY-Einstellungen.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="101" />
      <source>The service is busy or the account's parallel request limit is reached; try again in a minute.</source>
      <translation>Der Dienst ist ausgelastet oder das Limit paralleler Anfragen des Kontos ist erreicht; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="105" />
      <source>The ClearSKY service had a problem; try again later.</source>
      <translation>Der ClearSKY-Dienst hatte ein Problem; versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="109" />
      <source>Check the network connection and try again.</source>
      <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="113" />
      <source>Free some disk space or choose another output folder.</source>
      <translation>Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="121" />
      <source>Use a polygon area of interest in a layer with a known CRS.</source>
      <translation>Verwenden Sie ein Polygon-Interessengebiet in einem Layer mit bekanntem KBS.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="127" />
      <source>Nothing was re-sent, so nothing more was spent. Check the delivery (upload target, output folder) and the balance in the ClearSKY web app before trying again; contact ClearSKY support if the imagery is missing.</source>
      <translation>Es wurde nichts erneut gesendet, also auch nichts weiter ausgegeben. Prüfen Sie die Lieferung (Upload-Ziel, Ausgabeordner) und das Guthaben in der ClearSKY-Web-App, bevor Sie es erneut versuchen; wenden Sie sich an den ClearSKY-Support, wenn die Bilder fehlen.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="141" />
      <source>Check availability and cost again, and approve the new estimate.</source>
      <translation>Prüfen Sie Verfügbarkeit und Kosten erneut und geben Sie die neue Schätzung frei.</translation>
    </message>
    <message>
      <location filename="../core/errors.py" line="145" />
      <source>Check availability and cost again before downloading.</source>
      <translation>Prüfen Sie Verfügbarkeit und Kosten vor dem Download erneut.</translation>
    </message>
    <message>
      <location filename="../core/history.py" line="114" />
      <source>delivered to URL</source>
      <translation>an URL geliefert</translation>
    </message>
    <message>
      <location filename="../core/history.py" line="117" />
      <source> · ⚠ file missing</source>
      <translation> · ⚠ Datei fehlt</translation>
    </message>
    <message>
      <location filename="../core/history.py" line="156" />
      <source>{path} stayed locked for {timeout_s:.0f} s</source>
      <translation>{path} blieb {timeout_s:.0f} s lang gesperrt</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="110" />
      <source>The image was delivered to the upload URL; there is no local file to add.</source>
      <translation>Das Bild wurde an die Upload-URL geliefert; es gibt keine lokale Datei zum Hinzufügen.</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="99" />
      <source>{name} could not be opened as a raster layer.</source>
      <translation>{name} konnte nicht als Rasterlayer geöffnet werden.</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="129" />
      <source>ClearSKY tiles {value1} {name}</source>
      <translation>ClearSKY-Kacheln {value1} {name}</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="151" />
      <source>The file of this download is no longer at {value1}.</source>
      <translation>Die Datei dieses Downloads liegt nicht mehr unter {value1}.</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="133" />
      <source>{model} {value2} {name} EPSG:{epsg}</source>
      <translation>{model} {value2} {name} EPSG:{epsg}</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="25" />
      <source>Tiles and minitiles are delivered in a UTM zone only: choose a UTM CRS (EPSG:326xx north, 327xx south) or 'each cell in its own UTM zone' (automatic UTM); EPSG:{epsg} works for composites, not for tiles.</source>
      <translation>Kacheln und Minikacheln werden nur in einer UTM-Zone geliefert: wählen Sie ein UTM-KBS (EPSG:326xx Nord, 327xx Süd) oder „jede Zelle in ihrer eigenen UTM-Zone“ (automatisches UTM); EPSG:{epsg} geht für Komposite, nicht für Kacheln.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="158" />
      <source>Level is 1 (top of atmosphere, L1C) or 2 (bottom of atmosphere, L2A).</source>
      <translation>Level ist 1 (am Oberrand der Atmosphäre, L1C) oder 2 (am Boden, L2A).</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="120" />
      <source>Choose fewer bands, e.g. 'rgb' or B4,B3,B2,B8.</source>
      <translation>Wählen Sie weniger Kanäle, z. B. „rgb“ oder B4,B3,B2,B8.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="224" />
      <source>A request needs exactly one area of interest: either WKT or GeoJSON, not both and not neither.</source>
      <translation>Eine Anfrage braucht genau ein Interessengebiet: WKT oder GeoJSON, nicht beides und nicht keines.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="227" />
      <source>Choose a model, e.g. Stratus2.</source>
      <translation>Wählen Sie ein Modell, z. B. Stratus2.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="229" />
      <source>Choose at least one satellite constellation.</source>
      <translation>Wählen Sie mindestens eine Satellitenkonstellation.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="303" />
      <source>A tile download needs the tile's GUID.</source>
      <translation>Ein Kachel-Download braucht die GUID der Kachel.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="111" />
      <source>{model} does not deliver {value2}; its bands are {value3} (an index is written like [B8_B4]).</source>
      <translation>{model} liefert {value2} nicht; seine Kanäle sind {value3} (ein Index wird wie [B8_B4] geschrieben).</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="117" />
      <source>{n} bands are asked for, but this account allows at most {max_bands} per download.</source>
      <translation>Es sind {n} Kanäle angefragt, dieses Konto erlaubt aber höchstens {max_bands} pro Download.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="135" />
      <source>The resolution must be a whole number of metres from {lo} to {hi} (e.g. 10, 20, 40 … 1280); got {resolution!r}.</source>
      <translation>Die Auflösung muss eine ganze Zahl von Metern zwischen {lo} und {hi} sein (z. B. 10, 20, 40 … 1280); erhalten: {resolution!r}.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="165" />
      <source>Level, Harmonize and ClipReflectance are Nimbus options; {model} does not take them.</source>
      <translation>Level, Harmonize und ClipReflectance sind Nimbus-Optionen; {model} nimmt sie nicht an.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="71" />
      <source>'{text}' is not a date; use the form YYYY-MM-DD, e.g. 2024-05-03.</source>
      <translation>„{text}“ ist kein Datum; verwenden Sie die Form JJJJ-MM-TT, z. B. 2024-05-03.</translation>
    </message>
    <message>
      <location filename="../core/models.py" line="232" />
      <source>Unknown UTM selection mode '{utm_mode}'.</source>
      <translation>Unbekannter UTM-Auswahlmodus „{utm_mode}“.</translation>
    </message>
    <message>
      <location filename="../core/money.py" line="66" />
      <location filename="../core/spending.py" line="209" />
      <location filename="../core/spending.py" line="224" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <location filename="../core/money.py" line="50" />
      <source>ClearSKY answered the estimate with an unusable cost ({value}); nothing was downloaded.</source>
      <translation>ClearSKY beantwortete die Schätzung mit unbrauchbaren Kosten ({value}); es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
      <location filename="../core/money.py" line="57" />
      <source>ClearSKY answered the estimate with an unusable size ({value}); nothing was downloaded.</source>
      <translation>ClearSKY beantwortete die Schätzung mit einer unbrauchbaren Größe ({value}); es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="339" />
      <source>The estimate assumes the area overlaps none of your existing orders; where it does, the price changes (and with tile deduplication, cells already ordered are left out).</source>
      <translation>Die Schätzung nimmt an, dass sich das Gebiet mit keinem Ihrer bestehenden Aufträge überschneidet; wo doch, ändert sich der Preis (und mit Kachel-Deduplizierung bleiben bereits bestellte Zellen weg).</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="333" />
      <source>this month</source>
      <translation>in diesem Monat</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="334" />
      <source>for {month}</source>
      <translation>für {month}</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="66" />
      <source>An order covers either an area or grid cells (tiles and minitiles), one of them: choose one.</source>
      <translation>Ein Auftrag umfasst entweder ein Gebiet oder Gitterzellen (Kacheln und Minikacheln), nur eines davon: wählen Sie eines.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="69" />
      <source>Choose the model to order.</source>
      <translation>Wählen Sie das zu bestellende Modell.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="71" />
      <source>Choose at least one satellite constellation for the order.</source>
      <translation>Wählen Sie mindestens eine Satellitenkonstellation für den Auftrag.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="79" />
      <source>Imagery is stored for at least one month.</source>
      <translation>Bilder werden mindestens einen Monat gespeichert.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="81" />
      <source>Each image must be downloadable at least once (API requests ≥ 1).</source>
      <translation>Jedes Bild muss mindestens einmal herunterladbar sein (API-Anfragen ≥ 1).</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="214" />
      <source>ClearSKY answered the order estimate with something that is not an estimate.</source>
      <translation>ClearSKY beantwortete die Auftragsschätzung mit etwas, das keine Schätzung ist.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="239" />
      <source>cost this month</source>
      <translation>Kosten dieses Monats</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="240" />
      <source>monthly cost</source>
      <translation>monatliche Kosten</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="241" />
      <source>billed area</source>
      <translation>berechnete Fläche</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="286" />
      <location filename="../ui/order_dialog.py" line="154" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="288" />
      <location filename="../ui/estimate_dialog.py" line="97" />
      <location filename="../ui/watch.py" line="45" />
      <source>Area</source>
      <translation>Fläche</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="311" />
      <location filename="../ui/estimate_dialog.py" line="96" />
      <source>Cost</source>
      <translation>Kosten</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="314" />
      <source>{n} in the first month</source>
      <translation>{n} im ersten Monat</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="314" />
      <source>{n}</source>
      <translation>{n}</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="323" />
      <source>ClearSKY bills the bounding box of each polygon, with a minimum area per polygon: {billed:,.2f} km² are billed for the {drawn:,.2f} km² drawn (the billed boxes are outlined on the map).</source>
      <translation>ClearSKY berechnet das umschließende Rechteck jedes Polygons, mit einer Mindestfläche pro Polygon: für die gezeichneten {drawn:,.2f} km² werden {billed:,.2f} km² berechnet (die berechneten Rechtecke sind auf der Karte umrandet).</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="147" />
      <source>from {first}, every month until cancelled</source>
      <translation>ab {first}, jeden Monat bis zur Kündigung</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="303" />
      <source>{now} {when}, then about {monthly} a month</source>
      <translation>{now} {when}, danach etwa {monthly} pro Monat</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="307" />
      <source>{now} {when}</source>
      <translation>{now} {when}</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="315" />
      <source>Image dates</source>
      <translation>Bilddaten</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="317" />
      <source>Cancellable until</source>
      <translation>Kündbar bis</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="74" />
      <source>The image frequency is 1 (an image every day) to 7 (one a week) days, not {value}.</source>
      <translation>Die Bildfrequenz ist 1 (jeden Tag ein Bild) bis 7 (eines pro Woche) Tage, nicht {value}.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="84" />
      <source>The last month ({last}) is before the first ({first}).</source>
      <translation>Der letzte Monat ({last}) liegt vor dem ersten ({first}).</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="249" />
      <source>Estimate again later; if it persists, report it to ClearSKY support.</source>
      <translation>Schätzen Sie später erneut; wenn es bleibt, melden Sie es dem ClearSKY-Support.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="310" />
      <source>({total} in all)</source>
      <translation>({total} insgesamt)</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="373" />
      <source>This month's cost of the order is {cost}, above {limit}={max:g}.</source>
      <translation>Die Kosten des Auftrags in diesem Monat betragen {cost}, über {limit}={max:g}.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="380" />
      <source>Each following month of the order costs about {cost}, above {limit}={max:g}.</source>
      <translation>Jeder folgende Monat des Auftrags kostet etwa {cost}, mehr als {limit}={max:g}.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="245" />
      <source>ClearSKY answered the order estimate without a usable {what} ({value}); nothing can be ordered on it.</source>
      <translation>ClearSKY hat die Auftragsschätzung ohne brauchbare {what} beantwortet ({value}); darauf kann nichts bestellt werden.</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="289" />
      <source>{drawn:,.2f} km² drawn, {billed:,.2f} km² billed</source>
      <translation>{drawn:,.2f} km² gezeichnet, {billed:,.2f} km² berechnet</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="293" />
      <source>{n} grid cells ({tiles} tiles, {minis} minitiles), {billed:,.2f} km² billed</source>
      <translation>{n} Gitterzellen ({tiles} Kacheln, {minis} Minikacheln), {billed:,.2f} km² berechnet</translation>
    </message>
    <message>
      <location filename="../core/new_order.py" line="248" />
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="53" />
      <source>order estimate</source>
      <translation>Auftragsschätzung</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="68" />
      <source>order details</source>
      <translation>Auftragsdetails</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="82" />
      <source>Refresh the orders list.</source>
      <translation>Aktualisieren Sie die Auftragsliste.</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="125" />
      <source>This client is for free endpoints only (the live check): the order was refused and nothing was sent.</source>
      <translation>Dieser Client ist nur für kostenlose Endpunkte (die Live-Prüfung): der Auftrag wurde abgelehnt und nichts gesendet.</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="131" />
      <source>An order was attempted without a confirmation; nothing was sent.</source>
      <translation>Ein Auftrag wurde ohne Bestätigung versucht; es wurde nichts gesendet.</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="133" />
      <source>Cancelled before the order was sent; nothing was ordered.</source>
      <translation>Abgebrochen, bevor der Auftrag gesendet wurde; es wurde nichts bestellt.</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="214" />
      <source>Look at the Orders section of the ClearSKY panel (Refresh) or the ClearSKY web app before ordering again: a second order would be billed too.</source>
      <translation>Sehen Sie im Abschnitt Aufträge des ClearSKY-Panels (Aktualisieren) oder in der ClearSKY-Web-App nach, bevor Sie erneut bestellen: ein zweiter Auftrag würde ebenfalls berechnet.</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="82" />
      <source>ClearSKY does not know the order {guid}.</source>
      <translation>ClearSKY kennt den Auftrag {guid} nicht.</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="150" />
      <source>{what}, and the order is not in the orders list (read twice, {value2:.0f} s apart)</source>
      <translation>{what}, und der Auftrag steht nicht in der Auftragsliste (zweimal gelesen, {value2:.0f} s Abstand)</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="186" />
      <source>ClearSKY accepted the order but did not say which it is</source>
      <translation>ClearSKY hat den Auftrag angenommen, aber nicht gesagt, welcher es ist</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="211" />
      <source>{value1}. The order may have been placed; it was not sent again.</source>
      <translation>{value1}. Der Auftrag wurde vielleicht erteilt; er wurde nicht erneut gesendet.</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="173" />
      <source>ClearSKY answered the order with something that cannot be read (HTTP {status})</source>
      <translation>ClearSKY hat den Auftrag mit etwas Unlesbarem beantwortet (HTTP {status})</translation>
    </message>
    <message>
      <location filename="../core/order_calls.py" line="201" />
      <source>The orders list could not be read to check ({message})</source>
      <translation>Die Auftragsliste konnte zur Prüfung nicht gelesen werden ({message})</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="58" />
      <source>ClearSKY can charge for a request after answering it with an error, so it may have been charged</source>
      <translation>ClearSKY kann eine Anfrage auch nach einer Fehlerantwort noch berechnen, sie wurde also möglicherweise berechnet</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="61" />
      <source>Check the balance again (↻ next to it in the ClearSKY panel) before you try again; trying again asks for a new estimate and confirmation.</source>
      <translation>Prüfen Sie das Guthaben erneut (↻ daneben im ClearSKY-Bedienfeld), bevor Sie es noch einmal versuchen; ein neuer Versuch verlangt eine neue Schätzung und Bestätigung.</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="65" />
      <source>Other downloads were running at the same time, so the balance cannot tell whether this one was charged</source>
      <translation>Gleichzeitig liefen andere Downloads, daher kann das Guthaben nicht zeigen, ob dieser berechnet wurde</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="505" />
      <source>stalled</source>
      <translation>stockte</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="505" />
      <source>broke off</source>
      <translation>brach ab</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="214" />
      <source>; it was not sent again.</source>
      <translation>; sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="355" />
      <source>The download was cancelled while ClearSKY was still processing it</source>
      <translation>Der Download wurde abgebrochen, während ClearSKY ihn noch verarbeitete</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="251" />
      <source>A paid download was attempted without an approval; nothing was sent.</source>
      <translation>Ein kostenpflichtiger Download wurde ohne Freigabe versucht; es wurde nichts gesendet.</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="443" />
      <location filename="../core/paid.py" line="264" />
      <source>Choose an output folder for the download.</source>
      <translation>Wählen Sie einen Ausgabeordner für den Download.</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="506" />
      <source>The download {kind} before the file was complete, so no file was saved</source>
      <translation>Der Download {kind}, bevor die Datei vollständig war, daher wurde keine Datei gespeichert</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="117" />
      <location filename="../core/paid.py" line="270" />
      <source>The download was cancelled before it started; nothing was spent.</source>
      <translation>Der Download wurde vor dem Start abgebrochen; es wurde nichts ausgegeben.</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="204" />
      <source>{what}. {value2} (balance before: {before}, now: {after}); it was not sent again.</source>
      <translation>{what}. {value2} (Guthaben vorher: {before}, jetzt: {after}); sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="211" />
      <source>{what}. ClearSKY charged {charged:,.2f} credits for it</source>
      <translation>{what}. ClearSKY hat dafür {charged:,.2f} Credits berechnet</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="178" />
      <source>{what}. Cancelled before it could be told whether it was charged (balance before: {value2}).</source>
      <translation>{what}. Abgebrochen, bevor feststand, ob sie berechnet wurde (Guthaben vorher: {value2}).</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="213" />
      <source>balance</source>
      <translation>Guthaben</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="424" />
      <source>ClearSKY answered HTTP {status} with no file where 201 (uploaded) was expected</source>
      <translation>ClearSKY antwortete mit HTTP {status} ohne Datei, wo 201 (hochgeladen) erwartet wurde</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="415" />
      <source>The ClearSKY API answered with JSON where a GeoTIFF was expected (HTTP {status}).</source>
      <translation>Die ClearSKY-API antwortete mit JSON, wo ein GeoTIFF erwartet wurde (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="434" />
      <source>ClearSKY returned the file (HTTP {status}) instead of uploading it to the URL, and no output folder was given to keep it</source>
      <translation>ClearSKY hat die Datei zurückgegeben (HTTP {status}), statt sie zur URL hochzuladen, und es wurde kein Ausgabeordner angegeben, um sie zu behalten</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="259" />
      <source>Cannot create {out_dir}: {value2}; nothing was downloaded.</source>
      <translation>{out_dir} kann nicht angelegt werden: {value2}; es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="360" />
      <source>{what}. Nothing was charged so far, but ClearSKY may still charge for it; the balance in the ClearSKY panel is read again.</source>
      <translation>{what}. Bisher wurde nichts berechnet, ClearSKY kann es aber noch berechnen; das Guthaben im ClearSKY-Panel wird neu gelesen.</translation>
    </message>
    <message>
      <location filename="../core/paid.py" line="472" />
      <source>Could not save the download: {exc}</source>
      <translation>Der Download konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
      <location filename="../core/settings.py" line="86" />
      <source>The API key is empty.</source>
      <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
      <location filename="../core/settings.py" line="90" />
      <source>QGIS's authentication database is not available, so the key cannot be stored safely.</source>
      <translation>Die Authentifizierungsdatenbank von QGIS ist nicht verfügbar, daher kann der Schlüssel nicht sicher gespeichert werden.</translation>
    </message>
    <message>
      <location filename="../core/settings.py" line="105" />
      <source>The key could not be stored in QGIS's authentication database (is the master password set?).</source>
      <translation>Der Schlüssel konnte nicht in der Authentifizierungsdatenbank von QGIS gespeichert werden (ist das Masterpasswort gesetzt?).</translation>
    </message>
    <message>
      <location filename="../core/settings.py" line="91" />
      <source>Check Settings → Options → Authentication; for headless use set CLEARSKY_API_KEY.</source>
      <translation>Prüfen Sie Einstellungen → Optionen → Authentifizierung; für den Betrieb ohne Oberfläche setzen Sie CLEARSKY_API_KEY.</translation>
    </message>
    <message>
      <location filename="../core/settings.py" line="169" />
      <source>Open ClearSKY settings and enter your key (or set CLEARSKY_API_KEY for headless use).</source>
      <translation>Öffnen Sie die ClearSKY-Einstellungen und geben Sie Ihren Schlüssel ein (oder setzen Sie CLEARSKY_API_KEY für den Betrieb ohne Oberfläche).</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="34" />
      <source>composite</source>
      <translation>Komposit</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="34" />
      <source>tiles</source>
      <translation>Kacheln</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="34" />
      <source>orders</source>
      <translation>Aufträge</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="202" />
      <location filename="../core/spending.py" line="219" />
      <location filename="../ui/estimate_dialog.py" line="96" />
      <source>credits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="220" />
      <source>This would take this month's spending to {after} {unit}, past the monthly budget of {budget} {unit} (ClearSKY settings); nothing was spent. Set {switch}=true to go over it.</source>
      <translation>Damit stiegen die Ausgaben dieses Monats auf {after} {unit}, über das Monatsbudget von {budget} {unit} (ClearSKY-Einstellungen); es wurde nichts ausgegeben. Setzen Sie {switch}=true, um es zu überschreiten.</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="204" />
      <source>{spent} / {budget} {unit} spent this month</source>
      <translation>{spent} / {budget} {unit} in diesem Monat ausgegeben</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="208" />
      <source>{spent} {unit} spent this month</source>
      <translation>{spent} {unit} in diesem Monat ausgegeben</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="210" />
      <source>with this: {after}</source>
      <translation>damit: {after}</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="212" />
      <source>(counting {n} failed request(s) that may have been charged at their estimate)</source>
      <translation>({n} fehlgeschlagene Anfrage(n), die berechnet worden sein können, mit ihrer Schätzung gezählt)</translation>
    </message>
    <message>
      <location filename="../core/spending.py" line="154" />
      <source>(no name)</source>
      <translation>(ohne Namen)</translation>
    </message>
    <message>
      <location filename="../core/styling.py" line="54" />
      <source>Overviews or statistics could not be prepared ({exc}); the map may redraw slowly.</source>
      <translation>Übersichten oder Statistiken konnten nicht vorbereitet werden ({exc}); die Karte zeichnet vielleicht langsam.</translation>
    </message>
    <message>
      <location filename="../core/tasks.py" line="54" />
      <location filename="../core/tasks.py" line="75" />
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="../core/tasks.py" line="106" />
      <source>ClearSKY: check availability and cost ({value1})</source>
      <translation>ClearSKY: Verfügbarkeit und Kosten prüfen ({value1})</translation>
    </message>
    <message>
      <location filename="../core/tasks.py" line="136" />
      <source>ClearSKY: download {value1}</source>
      <translation>ClearSKY: {value1} herunterladen</translation>
    </message>
    <message>
      <location filename="../core/tasks.py" line="177" />
      <source>ClearSKY: place order ({value1})</source>
      <translation>ClearSKY: Auftrag erteilen ({value1})</translation>
    </message>
    <message>
      <location filename="../core/tasks.py" line="221" />
      <source>ClearSKY: download {n} grid cells</source>
      <translation>ClearSKY: {n} Gitterzellen herunterladen</translation>
    </message>
    <message>
      <location filename="../core/tasks.py" line="253" />
      <source>Cancelled: {value1} of {n} cells are complete (kept, and in the history); run the same batch again to fetch the rest.</source>
      <translation>Abgebrochen: {value1} von {n} Zellen sind vollständig (behalten und im Verlauf); starten Sie denselben Stapel erneut, um den Rest zu holen.</translation>
    </message>
    <message>
      <location filename="../core/tasks.py" line="61" />
      <location filename="../core/tiles.py" line="278" />
      <source>See the ClearSKY log for details.</source>
      <translation>Einzelheiten im ClearSKY-Protokoll.</translation>
    </message>
    <message>
      <location filename="../core/tasks.py" line="61" />
      <location filename="../core/tiles.py" line="278" />
      <source>Unexpected error: {exc}</source>
      <translation>Unerwarteter Fehler: {exc}</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="167" />
      <source>The failed or cancelled cells may have been charged (amount unknown).</source>
      <translation>Die fehlgeschlagenen oder abgebrochenen Zellen wurden möglicherweise berechnet (Betrag unbekannt).</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="375" />
      <location filename="../ui/tiles_panel.py" line="124" />
      <source>ClearSKY grid cells</source>
      <translation>ClearSKY-Gitterzellen</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="168" />
      <source>The failed or cancelled cells were charged {value1:,.2f} credits.</source>
      <translation>Für die fehlgeschlagenen oder abgebrochenen Zellen wurden {value1:,.2f} Credits berechnet.</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="406" />
      <source>The layer has no 'guid' field: use the grid cells from 'Search tiles'.</source>
      <translation>Der Layer hat kein Feld „guid“: verwenden Sie die Gitterzellen aus „Kacheln suchen“.</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="137" />
      <source>{n} cell(s) downloaded</source>
      <translation>{n} Zelle(n) heruntergeladen</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="243" />
      <source>Cancelled before this cell started.</source>
      <translation>Abgebrochen, bevor diese Zelle begann.</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="257" />
      <source>The cell was not saved.</source>
      <translation>Die Zelle wurde nicht gespeichert.</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="407" />
      <source>Run clearsky:searchtiles (or Search tiles in the dock) first.</source>
      <translation>Führen Sie zuerst clearsky:searchtiles aus (oder „Kacheln suchen“ im Panel).</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="139" />
      <source>{n} already complete from an earlier run (skipped)</source>
      <translation>{n} bereits aus einem früheren Lauf vollständig (übersprungen)</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="142" />
      <source>{n} failed: {guids}</source>
      <translation>{n} fehlgeschlagen: {guids}</translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="146" />
      <source>{n} kept with a warning: </source>
      <translation>{n} mit einer Warnung behalten: </translation>
    </message>
    <message>
      <location filename="../core/tiles.py" line="268" />
      <source>the file was kept, but its attribution tags could not be written ({exc})</source>
      <translation>die Datei wurde behalten, ihre Quellenangabe-Tags konnten aber nicht geschrieben werden ({exc})</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="291" />
      <source>an HTML page</source>
      <translation>eine HTML-Seite</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="291" />
      <source>no usable answer</source>
      <translation>keine brauchbare Antwort</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="116" />
      <source>The API URL must not contain a user name or password.</source>
      <translation>Die API-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="190" />
      <source>The ClearSKY API sent an answer larger than {value1} MiB; it was not read.</source>
      <translation>Die ClearSKY-API schickte eine Antwort größer als {value1} MiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="292" />
      <source>is rate limiting requests</source>
      <translation>begrenzt die Anfragerate</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="294" />
      <source>had an internal problem and returned {kind}</source>
      <translation>hatte ein internes Problem und lieferte {kind}</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="295" />
      <source>The ClearSKY API {what} (HTTP {status}).</source>
      <translation>Die ClearSKY-API {what} (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="105" />
      <source>'{text}' is not a valid API URL; it should look like {DEFAULT_BASE_URL}.</source>
      <translation>„{text}“ ist keine gültige API-URL; sie sollte wie {DEFAULT_BASE_URL} aussehen.</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="111" />
      <source>Refusing the unencrypted API URL '{text}': the API key would travel in clear text. Use https://.</source>
      <translation>Die unverschlüsselte API-URL „{text}“ wird abgelehnt: der API-Schlüssel ginge im Klartext über das Netz. Verwenden Sie https://.</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="156" />
      <source>response body ended after {n} of {announced} bytes</source>
      <translation>der Antwortinhalt endete nach {n} von {announced} Bytes</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="275" />
      <location filename="../core/transport.py" line="265" />
      <source>ClearSKY: {value1}</source>
      <translation>ClearSKY meldet: „{value1}“</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="281" />
      <source>ClearSKY refused the API key (HTTP {status}): it is missing, wrong, revoked or lacks access.</source>
      <translation>ClearSKY hat den API-Schlüssel abgelehnt (HTTP {status}): er fehlt, ist falsch, widerrufen oder ohne Zugriff.</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="288" />
      <source>The ClearSKY API has no {path} (HTTP 404).</source>
      <translation>Die ClearSKY-API hat kein {path} (HTTP 404).</translation>
    </message>
    <message>
      <location filename="../core/transport.py" line="233" />
      <source>The ClearSKY API answered the {what} request in a shape the plugin cannot read ({exc}).</source>
      <translation>Die ClearSKY-API beantwortete die Anfrage ({what}) in einer Form, die das Plugin nicht lesen kann ({exc}).</translation>
    </message>
    <message>
      <location filename="../core/watch.py" line="110" />
      <source>d MMM</source>
      <translation>d. MMM</translation>
    </message>
    <message>
      <location filename="../core/watch.py" line="72" />
      <source>not yet</source>
      <translation>noch nicht</translation>
    </message>
    <message>
      <location filename="../core/watch.py" line="92" />
      <source>1 new date for {name} since {since}: {date}</source>
      <translation>1 neues Datum für {name} seit {since}: {date}</translation>
    </message>
    <message>
      <location filename="../core/watch.py" line="94" />
      <source>{n} new dates for {name} since {since} (newest {date})</source>
      <translation>{n} neue Daten für {name} seit {since} (neuestes {date})</translation>
    </message>
    <message>
      <location filename="../core/watch.py" line="214" />
      <source>{path} is not a ClearSKY watched-areas GeoPackage ({why}).</source>
      <translation>{path} ist kein GeoPackage mit beobachteten ClearSKY-Gebieten ({why}).</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="247" />
      <source>The request changed after its cost was approved (area, date, model, bands, resolution or CRS); nothing was downloaded.</source>
      <translation>Die Anfrage hat sich geändert, nachdem ihre Kosten freigegeben wurden (Gebiet, Datum, Modell, Kanäle, Auflösung oder KBS); es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="447" />
      <source>{n} grid cells, estimated in {n2} request(s)</source>
      <translation>{n} Gitterzellen, geschätzt in {n2} Anfrage(n)</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="102" />
      <source>Cost: {credits:,.2f} credits for {area_km2:,.2f} km²</source>
      <translation>Kosten: {credits:,.2f} Credits für {area_km2:,.2f} km²</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="300" />
      <source>GDAL cannot read the delivered file as a raster; it was kept as it arrived.</source>
      <translation>GDAL kann die gelieferte Datei nicht als Raster lesen; sie wurde unverändert behalten.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="555" />
      <source>{n} dates: </source>
      <translation>{n} Daten: </translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="106" />
      <source>, about {value1}</source>
      <translation>, etwa {value1}</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="108" />
      <source>, about {runtime_s:,.0f} s to process</source>
      <translation>, etwa {runtime_s:,.0f} s Verarbeitung</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="118" />
      <source>⚠ The cost is above the balance: top up or make the area smaller.</source>
      <translation>⚠ Die Kosten liegen über dem Guthaben: laden Sie auf oder verkleinern Sie das Gebiet.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="291" />
      <source>ClearSKY returned the file instead of uploading it to the URL; it was saved to {path} (credits were spent for it).</source>
      <translation>ClearSKY hat die Datei zurückgegeben, statt sie an die URL hochzuladen; sie wurde unter {path} gespeichert (dafür wurden Credits ausgegeben).</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="342" />
      <source>Unknown model '{model}'. Available: {value2}.</source>
      <translation>Unbekanntes Modell „{model}“. Verfügbar: {value2}.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="348" />
      <source>{value1} cannot be used with {model}; it takes {value3}.</source>
      <translation>{value1} kann nicht mit {model} verwendet werden; es nimmt {value3}.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="490" />
      <source>Unknown step '{step}': use one of {value2}.</source>
      <translation>Unbekannter Schritt „{step}“: verwenden Sie einen von {value2}.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="531" />
      <source>The series ends ({end}) before it starts ({start}): choose an end date after the start.</source>
      <translation>Die Serie endet ({end}), bevor sie beginnt ({start}): wählen Sie ein Enddatum nach dem Beginn.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="541" />
      <source>No imagery for this area between {value1} and {value2}.</source>
      <translation>Keine Bilder für dieses Gebiet zwischen {value1} und {value2}.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="77" />
      <source>the limit of {max_credits:g} credits</source>
      <translation>der Grenze von {max_credits:g} Credits</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="80" />
      <source>The estimate is {credits:,.2f} credits, above {limit}.</source>
      <translation>Die Schätzung beträgt {credits:,.2f} Credits, über {limit}.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="86" />
      <source>The estimate ({credits:,.2f} credits) is above the balance ({balance:,.2f}).</source>
      <translation>Die Schätzung ({credits:,.2f} Credits) liegt über dem Guthaben ({balance:,.2f}).</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="113" />
      <source>Balance: {balance:,.2f} credits ({left:,.2f} after this download).</source>
      <translation>Guthaben: {balance:,.2f} Credits ({left:,.2f} nach diesem Download).</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="303" />
      <source>The delivered file's metadata could not be read ({exc}); the file was kept.</source>
      <translation>Die Metadaten der gelieferten Datei konnten nicht gelesen werden ({exc}); die Datei wurde behalten.</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="310" />
      <source>The attribution could not be written into the GeoTIFF ({exc}).</source>
      <translation>Die Quellenangabe konnte nicht in das GeoTIFF geschrieben werden ({exc}).</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="314" />
      <source>The attribution file next to the GeoTIFF could not be written ({exc}).</source>
      <translation>Die Quellenangabe-Datei neben dem GeoTIFF konnte nicht geschrieben werden ({exc}).</translation>
    </message>
    <message>
      <location filename="../core/workflow.py" line="556" />
      <source>{date} ({credits:,.2f} credits)</source>
      <translation>{date} ({credits:,.2f} Credits)</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="37" />
      <source>Area of interest</source>
      <translation>Interessengebiet</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="52" />
      <source>Rectangle</source>
      <translation>Rechteck</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="52" />
      <source>Drag a rectangle on the map (Esc cancels)</source>
      <translation>Ziehen Sie ein Rechteck auf der Karte auf (Esc bricht ab)</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="55" />
      <source>Polygon</source>
      <translation>Polygon</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="55" />
      <source>Click the vertices; right-click finishes, Backspace undoes, Esc cancels</source>
      <translation>Klicken Sie die Stützpunkte; Rechtsklick beendet, Rücktaste macht rückgängig, Esc bricht ab</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="57" />
      <source>Extent</source>
      <translation>Ausdehnung</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="57" />
      <source>Use the current map extent</source>
      <translation>Die aktuelle Kartenausdehnung verwenden</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="75" />
      <source>selected features only</source>
      <translation>nur gewählte Objekte</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="78" />
      <source>No area yet: draw one, or pick a polygon layer or the canvas extent.</source>
      <translation>Noch kein Gebiet: zeichnen Sie eines, oder wählen Sie einen Polygonlayer oder die Kartenausdehnung.</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="84" />
      <source>what the layers and the history call this area</source>
      <translation>wie Layer und Verlauf dieses Gebiet nennen</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="85" />
      <source>Layers, file groups and the history use this name</source>
      <translation>Layer, Dateigruppen und der Verlauf verwenden diesen Namen</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="68" />
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="82" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="129" />
      <source>drawn area {n}</source>
      <translation>gezeichnetes Gebiet {n}</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="135" />
      <source>map extent</source>
      <translation>Kartenausdehnung</translation>
    </message>
    <message>
      <location filename="../ui/aoi_panel.py" line="211" />
      <source>⚠ above the account's limit of {limit:,.0f} km²</source>
      <translation>⚠ über der Grenze des Kontos von {limit:,.0f} km²</translation>
    </message>
    <message>
      <location filename="../ui/approval.py" line="128" />
      <source>ClearSKY: check a date series</source>
      <translation>ClearSKY: eine Datumsreihe prüfen</translation>
    </message>
    <message>
      <location filename="../ui/approval.py" line="278" />
      <source>You already downloaded exactly this request on {when} ({credits} credits) to {where}. Download it again and spend {cost:,.2f} credits again?</source>
      <translation>Sie haben genau diese Anfrage bereits am {when} heruntergeladen ({credits} Credits), nach {where}. Erneut herunterladen und nochmals {cost:,.2f} Credits ausgeben?</translation>
    </message>
    <message>
      <location filename="../ui/approval.py" line="297" />
      <source>{n} of these {m} grid cells were already downloaded with exactly these settings. Download them again and spend credits on them again?</source>
      <translation>{n} dieser {m} Gitterzellen wurden bereits mit genau diesen Einstellungen heruntergeladen. Erneut herunterladen und nochmals Credits dafür ausgeben?</translation>
    </message>
    <message>
      <location filename="../ui/approval.py" line="210" />
      <source>That estimate was more than {m} minutes old, so it was checked again; approve the new one.</source>
      <translation>Diese Schätzung war älter als {m} Minuten und wurde daher neu geprüft; geben Sie die neue frei.</translation>
    </message>
    <message>
      <location filename="../ui/approval.py" line="261" />
      <source>{n} of these {m} requests are being downloaded right now; nothing was started again. Once they are done, the history lists them.</source>
      <translation>{n} dieser {m} Anfragen werden gerade heruntergeladen; es wurde nichts erneut gestartet. Sobald sie fertig sind, stehen sie im Verlauf.</translation>
    </message>
    <message>
      <location filename="../ui/approval.py" line="235" />
      <source>ClearSKY series {aoi_name}</source>
      <translation>ClearSKY-Reihe {aoi_name}</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="107" />
      <source>Add order area to map</source>
      <translation>Auftragsgebiet zur Karte hinzufügen</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="134" />
      <location filename="../ui/orders_panel.py" line="22" />
      <location filename="../ui/spending_view.py" line="154" />
      <source>Orders</source>
      <translation>Aufträge</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="183" />
      <location filename="../ui/download_list.py" line="91" />
      <location filename="../ui/settings_dialog.py" line="123" />
      <source>Downloads</source>
      <translation>Downloads</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="223" />
      <location filename="../ui/watch.py" line="207" />
      <location filename="../ui/watch.py" line="268" />
      <source>Check &amp;&amp; download…</source>
      <translation>Prüfen &amp;&amp; herunterladen…</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="227" />
      <location filename="../ui/watch.py" line="274" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="239" />
      <location filename="../ui/watch.py" line="241" />
      <source>Watched areas</source>
      <translation>Beobachtete Gebiete</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="111" />
      <source>Download imagery for this order's area…</source>
      <translation>Bilder für das Gebiet dieses Auftrags herunterladen…</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="116" />
      <location filename="../ui/layer_menu.py" line="65" />
      <source>Order details…</source>
      <translation>Auftragsdetails…</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="199" />
      <location filename="../ui/watch.py" line="300" />
      <source> (paused)</source>
      <translation> (pausiert)</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="225" />
      <location filename="../ui/watch.py" line="322" />
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="225" />
      <location filename="../ui/watch.py" line="271" />
      <location filename="../ui/watch.py" line="322" />
      <source>Pause</source>
      <translation>Pausieren</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="120" />
      <location filename="../ui/layer_menu.py" line="66" />
      <location filename="../ui/orders_panel.py" line="45" />
      <source>Cancel order…</source>
      <translation>Auftrag kündigen…</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="197" />
      <source>{name} · last new date {new} · checked {checked}</source>
      <translation>{name} · letztes neues Datum {new} · geprüft {checked}</translation>
    </message>
    <message>
      <location filename="../ui/browser.py" line="102" />
      <source>ClearSKY order {model} {period}</source>
      <translation>ClearSKY-Auftrag {model} {period}</translation>
    </message>
    <message>
      <location filename="../ui/date_row.py" line="31" />
      <source>Previous date with imagery for this area</source>
      <translation>Vorheriges Datum mit Bildern für dieses Gebiet</translation>
    </message>
    <message>
      <location filename="../ui/date_row.py" line="35" />
      <source>Next date with imagery for this area</source>
      <translation>Nächstes Datum mit Bildern für dieses Gebiet</translation>
    </message>
    <message>
      <location filename="../ui/date_row.py" line="77" />
      <source>Dates with imagery for this area are highlighted on the calendar</source>
      <translation>Daten mit Bildern für dieses Gebiet sind im Kalender hervorgehoben</translation>
    </message>
    <message>
      <location filename="../ui/date_row.py" line="95" />
      <source>No imagery on this date for this area: ◀ ▶ jump to one</source>
      <translation>An diesem Datum keine Bilder für dieses Gebiet: ◀ ▶ springen zu einem</translation>
    </message>
    <message>
      <location filename="../ui/date_row.py" line="76" />
      <source>{n} dates</source>
      <translation>{n} Daten</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="134" />
      <location filename="../ui/dock.py" line="427" />
      <source>Check availability &amp;&amp; cost</source>
      <translation>Verfügbarkeit &amp;&amp; Kosten prüfen</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="136" />
      <source>Download…</source>
      <translation>Herunterladen…</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="143" />
      <source>Account: not connected</source>
      <translation>Konto: nicht verbunden</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="146" />
      <source>⚙ Settings</source>
      <translation>⚙ Einstellungen</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="150" />
      <source>Help</source>
      <translation>Hilfe</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="154" />
      <source>Copy diagnostics</source>
      <translation>Diagnose kopieren</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="155" />
      <source>Versions and the last API calls, for a bug report (no key)</source>
      <translation>Versionen und die letzten API-Aufrufe, für eine Fehlermeldung (ohne Schlüssel)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="161" />
      <source>Read the balance again (free)</source>
      <translation>Guthaben erneut lesen (kostenlos)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="197" />
      <source>No ClearSKY API key yet.</source>
      <translation>Noch kein ClearSKY-API-Schlüssel.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="199" />
      <source>Set up key…</source>
      <translation>Schlüssel einrichten…</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="247" />
      <location filename="../ui/processing_widgets.py" line="42" />
      <source>ClearSKY: load models</source>
      <translation>ClearSKY: Modelle laden</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="259" />
      <location filename="../ui/settings_dialog.py" line="197" />
      <source>account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="264" />
      <source>Account: </source>
      <translation>Konto: </translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="270" />
      <source>Choose an area of interest first: draw one, or pick a layer or the extent.</source>
      <translation>Wählen Sie zuerst ein Interessengebiet: zeichnen Sie eines, oder wählen Sie einen Layer oder die Ausdehnung.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="360" />
      <location filename="../ui/order_dialog.py" line="115" />
      <source>{n} grid cells</source>
      <translation>{n} Gitterzellen</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="402" />
      <source>from history</source>
      <translation>aus dem Verlauf</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="427" />
      <source>Checking…</source>
      <translation>Prüfe…</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="351" />
      <source>Choose the area to order first: draw one, or pick a layer or the extent.</source>
      <translation>Wählen Sie zuerst das zu bestellende Gebiet: zeichnen Sie eines, oder wählen Sie einen Layer oder die Ausdehnung.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="261" />
      <source>{credits:,.2f} credits</source>
      <translation>{credits:,.2f} Credits</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="263" />
      <source>max {area:,.0f} km²</source>
      <translation>max. {area:,.0f} km²</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="339" />
      <source>EPSG:{epsg}</source>
      <translation>EPSG:{epsg}</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="58" />
      <location filename="../ui/feedback.py" line="29" />
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="82" />
      <source>its credits</source>
      <translation>seine Credits</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="63" />
      <source>Cancel this download</source>
      <translation>Diesen Download abbrechen</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="63" />
      <source>Zoom to the layer</source>
      <translation>Auf den Layer zoomen</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="83" />
      <source>ClearSKY has already processed this download and is sending the file: {cost} are spent whether you cancel or not, and a cancelled file cannot be resumed. Cancel anyway?</source>
      <translation>ClearSKY hat diesen Download bereits verarbeitet und sendet die Datei: {cost} sind ausgegeben, ob Sie abbrechen oder nicht, und eine abgebrochene Datei kann nicht fortgesetzt werden. Trotzdem abbrechen?</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="56" />
      <source>done</source>
      <translation>fertig</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="57" />
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="82" />
      <source>about {c:,.2f} credits</source>
      <translation>etwa {c:,.2f} Credits</translation>
    </message>
    <message>
      <location filename="../ui/download_list.py" line="57" />
      <source>failed: {reason}</source>
      <translation>fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="485" />
      <source>Added to the map</source>
      <translation>Zur Karte hinzugefügt</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="158" />
      <source>ClearSKY: estimate grid cells</source>
      <translation>ClearSKY: Gitterzellen schätzen</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="280" />
      <source>ClearSKY: balance</source>
      <translation>ClearSKY: Guthaben</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="467" />
      <source>Delivered by ClearSKY to the upload URL.</source>
      <translation>Von ClearSKY an die Upload-URL geliefert.</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="487" />
      <source>The cancel came after the last byte had arrived: the paid file was kept.</source>
      <translation>Der Abbruch kam nach dem letzten Byte: die bezahlte Datei wurde behalten.</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="75" />
      <source>complete (earlier run)</source>
      <translation>vollständig (früherer Lauf)</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="211" />
      <source>Order {period}</source>
      <translation>Auftrag {period}</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="217" />
      <source>Order placed ({status})</source>
      <translation>Auftrag erteilt ({status})</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="262" />
      <source>The download history could not be read; it was moved to {path} and a new one was started.</source>
      <translation>Der Download-Verlauf konnte nicht gelesen werden; er wurde nach {path} verschoben und ein neuer begonnen.</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="477" />
      <source>Saved to {path}, but it could not be added to the map: {why}</source>
      <translation>Unter {path} gespeichert, konnte aber nicht zur Karte hinzugefügt werden: {why}</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="493" />
      <source>Added “{layer}” to the map ({credits} credits; saved as {file}).</source>
      <translation>„{layer}“ zur Karte hinzugefügt ({credits} Credits; gespeichert als {file}).</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="480" />
      <source>Open the file from the folder or the history.</source>
      <translation>Öffnen Sie die Datei aus dem Ordner oder dem Verlauf.</translation>
    </message>
    <message>
      <location filename="../ui/downloads.py" line="501" />
      <source>“{group}”: {n} dates added to the map ({credits} credits).</source>
      <translation>„{group}“: {n} Daten zur Karte hinzugefügt ({credits} Credits).</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="53" />
      <source>ClearSKY – availability and cost</source>
      <translation>ClearSKY – Verfügbarkeit und Kosten</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="86" />
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="91" />
      <location filename="../ui/product_panel.py" line="87" />
      <location filename="../processing/cell_algorithms.py" line="131" />
      <source>Bands</source>
      <translation>Kanäle</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="98" />
      <source>Download size</source>
      <translation>Downloadgröße</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="101" />
      <source>Processing time</source>
      <translation>Verarbeitungszeit</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="107" />
      <source>Balance</source>
      <translation>Guthaben</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="157" />
      <source>Copy request</source>
      <translation>Anfrage kopieren</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="158" />
      <source>Copy the exact JSON payload and an equivalent cURL command (key not included)</source>
      <translation>Die genaue JSON-Anfrage und einen gleichwertigen cURL-Befehl kopieren (ohne Schlüssel)</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="175" />
      <source>Download</source>
      <translation>Herunterladen</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="177" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="197" />
      <source>Copied ✓</source>
      <translation>Kopiert ✓</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="104" />
      <source>not given by the server (usually under a minute)</source>
      <translation>vom Server nicht angegeben (meist unter einer Minute)</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="109" />
      <source>After download</source>
      <translation>Nach dem Download</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="111" />
      <source>This month</source>
      <translation>Dieser Monat</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="117" />
      <source>The cost is above your balance: top up credits or make the area smaller.</source>
      <translation>Die Kosten liegen über Ihrem Guthaben: laden Sie Credits auf oder verkleinern Sie das Gebiet.</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="125" />
      <source>Parts of the image are marked uncertain.</source>
      <translation>Teile des Bildes sind als unsicher markiert.</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="128" />
      <source>This download would take this month past its budget (ClearSKY settings).</source>
      <translation>Dieser Download brächte den Monat über sein Budget (ClearSKY-Einstellungen).</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="152" />
      <source>Go over this month's budget for this download</source>
      <translation>Für diesen Download das Budget dieses Monats überschreiten</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="164" />
      <source>Go on with a partial image…</source>
      <translation>Mit einem unvollständigen Bild fortfahren…</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="165" />
      <source>Estimate again for a partial image (missing parts become nodata)</source>
      <translation>Für ein unvollständiges Bild neu schätzen (fehlende Teile werden NoData)</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="170" />
      <location filename="../ui/feedback.py" line="68" />
      <source>Order this area…</source>
      <translation>Dieses Gebiet bestellen…</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="172" />
      <source>Estimate an order for this area; nothing is ordered before you confirm</source>
      <translation>Einen Auftrag für dieses Gebiet schätzen; bestellt wird erst nach Ihrer Bestätigung</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="87" />
      <source>{model} · {value2} · {resolution} m · EPSG:{epsg}</source>
      <translation>{model} · {value2} · {resolution} m · EPSG:{epsg}</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="94" />
      <source>Series</source>
      <translation>Reihe</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="94" />
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="138" />
      <source>Nearest dates with imagery:</source>
      <translation>Nächste Daten mit Bildern:</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="140" />
      <source>◀ {d}</source>
      <translation>◀ {d}</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="140" />
      <source>{d} ▶</source>
      <translation>{d} ▶</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="142" />
      <source>Check this date instead</source>
      <translation>Stattdessen dieses Datum prüfen</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="61" />
      <source>Imagery is fully available for the whole area on each of the {n} dates.</source>
      <translation>Für das ganze Gebiet sind an jedem der {n} Daten Bilder vollständig verfügbar.</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="65" />
      <source>Least available of the {n} dates: {summary}</source>
      <translation>Am wenigsten verfügbares der {n} Daten: {summary}</translation>
    </message>
    <message>
      <location filename="../ui/estimate_dialog.py" line="120" />
      <source>The cost is above your budget of {budget:,.0f} credits (ClearSKY settings).</source>
      <translation>Die Kosten liegen über Ihrem Budget von {budget:,.0f} Credits (ClearSKY-Einstellungen).</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="17" />
      <source>order may have been placed</source>
      <translation>Auftrag vielleicht erteilt</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="18" />
      <source>charged, not delivered</source>
      <translation>berechnet, nicht geliefert</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="19" />
      <source>not enough credits</source>
      <translation>zu wenig Credits</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="20" />
      <location filename="../ui/settings_dialog.py" line="54" />
      <source>API key</source>
      <translation>API-Schlüssel</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="21" />
      <source>settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="22" />
      <source>not ordered</source>
      <translation>nicht bestellt</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="23" />
      <source>no imagery</source>
      <translation>keine Bilder</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="24" />
      <source>area too large</source>
      <translation>Gebiet zu groß</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="25" />
      <source>too many bands</source>
      <translation>zu viele Kanäle</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="26" />
      <source>area of interest</source>
      <translation>Interessengebiet</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="27" />
      <source>request</source>
      <translation>Anfrage</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="28" />
      <source>disk</source>
      <translation>Datenträger</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="30" />
      <source>download broke off</source>
      <translation>Download abgebrochen</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="31" />
      <source>busy</source>
      <translation>ausgelastet</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="32" />
      <source>server problem</source>
      <translation>Serverproblem</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="60" />
      <source>Show details</source>
      <translation>Details anzeigen</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="111" />
      <source>Diagnostics copied: paste them into your bug report (no key, no coordinates in them).</source>
      <translation>Diagnose kopiert: fügen Sie sie in Ihre Fehlermeldung ein (ohne Schlüssel, ohne Koordinaten).</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="140" />
      <source>More in View → Panels → Log Messages, tab ClearSKY.</source>
      <translation>Mehr unter Ansicht → Bedienfelder → Protokollmeldungen, Reiter ClearSKY.</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="64" />
      <source>Settings…</source>
      <translation>Einstellungen…</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="73" />
      <source>Check balance</source>
      <translation>Guthaben prüfen</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="119" />
      <source>Error type</source>
      <translation>Fehlertyp</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="121" />
      <source>ClearSKY error code</source>
      <translation>ClearSKY-Fehlercode</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="127" />
      <source>Credits charged: {value}</source>
      <translation>Berechnete Credits: {value}</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="135" />
      <source>Last request id: {value}</source>
      <translation>Letzte Anfrage-ID: {value}</translation>
    </message>
    <message>
      <location filename="../ui/feedback.py" line="128" />
      <source>unknown (it may have been charged)</source>
      <translation>unbekannt (möglicherweise berechnet)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="43" />
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="50" />
      <source>Filter by date, area, model or file…</source>
      <translation>Nach Datum, Gebiet, Modell oder Datei filtern…</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="66" />
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="68" />
      <source>Open the selected download as a layer again (or double-click it)</source>
      <translation>Den gewählten Download erneut als Layer öffnen (oder doppelklicken)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="71" />
      <source>Use its area and settings</source>
      <translation>Gebiet und Einstellungen übernehmen</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="72" />
      <source>Fill the form from the selected download (pick another date, then check)</source>
      <translation>Das Formular aus dem gewählten Download füllen (anderes Datum wählen, dann prüfen)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="74" />
      <source>Copy attribution</source>
      <translation>Quellenangabe kopieren</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="80" />
      <source>Spending…</source>
      <translation>Ausgaben…</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="82" />
      <source>Credits per month as a chart, this month by kind or area, CSV export</source>
      <translation>Credits pro Monat als Diagramm, dieser Monat nach Art oder Gebiet, CSV-Export</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="55" />
      <location filename="../ui/product_panel.py" line="55" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="55" />
      <location filename="../ui/watch.py" line="251" />
      <source>Area name</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="55" />
      <location filename="../ui/order_dialog.py" line="138" />
      <location filename="../ui/product_panel.py" line="76" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="55" />
      <location filename="../ui/spending_view.py" line="154" />
      <location filename="../processing/composite_algorithms.py" line="193" />
      <source>Credits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="55" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="113" />
      <source>⚠ The file is no longer there.</source>
      <translation>⚠ Die Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="94" />
      <location filename="../processing/base.py" line="183" />
      <source>The download history could not be read: {e}</source>
      <translation>Der Download-Verlauf konnte nicht gelesen werden: {e}</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="157" />
      <source>The spending could not be read: {e}</source>
      <translation>Die Ausgaben konnten nicht gelesen werden: {e}</translation>
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="75" />
      <source>Download imagery for this layer…</source>
      <translation>Bilder für diesen Layer herunterladen…</translation>
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="58" />
      <location filename="../ui/tiles_panel.py" line="63" />
      <source>Order these cells…</source>
      <translation>Diese Zellen bestellen…</translation>
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="60" />
      <source>A tile order of the selected cells (or all of them), estimated first</source>
      <translation>Ein Kachelauftrag der gewählten Zellen (oder aller), zuerst geschätzt</translation>
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="81" />
      <location filename="../ui/watch.py" line="262" />
      <source>Watch this area…</source>
      <translation>Dieses Gebiet beobachten…</translation>
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="84" />
      <source>Be told when ClearSKY publishes new dates for this layer (or its selection)</source>
      <translation>Benachrichtigt werden, wenn ClearSKY neue Daten für diesen Layer (oder seine Auswahl) veröffentlicht</translation>
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="113" />
      <source>Select one order on the orders layer first.</source>
      <translation>Wählen Sie zuerst einen Auftrag im Auftragslayer.</translation>
    </message>
    <message>
      <location filename="../ui/layer_menu.py" line="158" />
      <source>Download imagery for selected features…</source>
      <translation>Bilder für die gewählten Objekte herunterladen…</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="52" />
      <source>ClearSKY: read orders</source>
      <translation>ClearSKY: Aufträge lesen</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="84" />
      <source>ClearSKY: order details</source>
      <translation>ClearSKY: Auftragsdetails</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="92" />
      <source>ClearSKY · order details</source>
      <translation>ClearSKY · Auftragsdetails</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="109" />
      <source>the order is withdrawn before it is placed; it is not billed</source>
      <translation>der Auftrag wird zurückgezogen, bevor er erteilt ist; er wird nicht berechnet</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="111" />
      <source>future billing: no new months are ordered after this one</source>
      <translation>die künftige Abrechnung: nach diesem Monat werden keine weiteren Monate bestellt</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="163" />
      <source>ClearSKY: cancel order</source>
      <translation>ClearSKY: Auftrag kündigen</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="89" />
      <source>Cancellable: yes</source>
      <translation>Kündbar: ja</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="89" />
      <source>Cancellable: no</source>
      <translation>Kündbar: nein</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="112" />
      <source>Cancel the order {label}?

What stops: {stops}.
What stays: imagery already stored can still be downloaded until its storage ends, and what was billed is not refunded.</source>
      <translation>Den Auftrag {label} kündigen?

Was endet: {stops}.
Was bleibt: bereits gespeicherte Bilder können bis zum Ende ihrer Speicherdauer heruntergeladen werden, und Berechnetes wird nicht erstattet.</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="156" />
      <source>Order cancelled: {label}. It is withdrawn and not billed.</source>
      <translation>Auftrag gekündigt: {label}. Er ist zurückgezogen und wird nicht berechnet.</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="158" />
      <source>Order cancelled: {label}. It ends on its last billed month; no further months are billed.</source>
      <translation>Auftrag gekündigt: {label}. Er endet mit seinem letzten berechneten Monat; weitere Monate werden nicht berechnet.</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="88" />
      <source>Order</source>
      <translation>Auftrag</translation>
    </message>
    <message>
      <location filename="../ui/order_actions.py" line="138" />
      <source>This order cannot be cancelled: only orders in Review and recurring orders can be (it is {status}, {period}).</source>
      <translation>Dieser Auftrag kann nicht gekündigt werden: nur Aufträge in Prüfung („Review“) und wiederkehrende Aufträge sind kündbar (er ist {status}, {period}).</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="97" />
      <source>ClearSKY · new order</source>
      <translation>ClearSKY · neuer Auftrag</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="141" />
      <source>One-off</source>
      <translation>Einmalig</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="143" />
      <source>Recurring</source>
      <translation>Wiederkehrend</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="145" />
      <source>Billed every month until you cancel it</source>
      <translation>Jeden Monat berechnet, bis Sie kündigen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="149" />
      <source>to</source>
      <translation>bis</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="176" />
      <source>every </source>
      <translation>alle </translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="177" />
      <source> day(s)</source>
      <translation> Tag(e)</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="178" />
      <source>1 = an image every day … 7 = one image a week</source>
      <translation>1 = jeden Tag ein Bild … 7 = ein Bild pro Woche</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="183" />
      <source>Image dates are counted from this reference date</source>
      <translation>Die Bilddaten werden ab diesem Bezugsdatum gezählt</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="188" />
      <source>Images</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="194" />
      <source> month(s) stored</source>
      <translation> Monat(e) gespeichert</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="195" />
      <source>How long ClearSKY keeps the imagery for download (after the current month)</source>
      <translation>Wie lange ClearSKY die Bilder zum Download vorhält (nach dem laufenden Monat)</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="199" />
      <source> download(s) per image</source>
      <translation> Download(s) pro Bild</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="201" />
      <source>How many times each image can be downloaded (1: once; another band set or CRS is a second download)</source>
      <translation>Wie oft jedes Bild heruntergeladen werden kann (1: einmal; andere Kanäle oder ein anderes KBS sind ein zweiter Download)</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="206" />
      <source>Terms</source>
      <translation>Bedingungen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="207" />
      <source>leave out cells I have already ordered</source>
      <translation>bereits bestellte Zellen weglassen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="214" />
      <location filename="../processing/composite_algorithms.py" line="123" />
      <source>Estimate cost</source>
      <translation>Kosten schätzen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="220" />
      <location filename="../ui/tiles_panel.py" line="40" />
      <source>Propose cells</source>
      <translation>Zellen vorschlagen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="223" />
      <source>Estimate the same order as ClearSKY's proposed tiles and minitiles, beside this area's (free)</source>
      <translation>Denselben Auftrag als die von ClearSKY vorgeschlagenen Kacheln und Minikacheln schätzen, neben dem dieses Gebiets (kostenlos)</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="235" />
      <source>Estimate</source>
      <translation>Schätzung</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="237" />
      <source>Not estimated yet: press Estimate cost (free).</source>
      <translation>Noch nicht geschätzt: klicken Sie auf Kosten schätzen (kostenlos).</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="255" />
      <source>Go over this month's order budget for this order</source>
      <translation>Für diesen Auftrag das Auftragsbudget dieses Monats überschreiten</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="265" />
      <location filename="../ui/order_dialog.py" line="623" />
      <source>Place order</source>
      <translation>Auftrag erteilen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="390" />
      <source>Estimating…</source>
      <translation>Schätze…</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="393" />
      <source>ClearSKY: estimate order</source>
      <translation>ClearSKY: Auftrag schätzen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="413" />
      <source>Asking ClearSKY for its proposed cells…</source>
      <translation>ClearSKY wird nach den vorgeschlagenen Zellen gefragt…</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="431" />
      <location filename="../ui/tiles_panel.py" line="110" />
      <source>ClearSKY: propose grid cells</source>
      <translation>ClearSKY: Gitterzellen vorschlagen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="450" />
      <source>The cells are selected on the map: Large area → Order these cells… orders them.</source>
      <translation>Die Zellen sind auf der Karte ausgewählt: Großes Gebiet → Diese Zellen bestellen… bestellt sie.</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="498" />
      <source>I confirm: place this order and pay for it</source>
      <translation>Ich bestätige: diesen Auftrag erteilen und bezahlen</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="599" />
      <source>Placing…</source>
      <translation>Wird erteilt…</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="115" />
      <source>the area</source>
      <translation>das Gebiet</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="150" />
      <source>from</source>
      <translation>ab</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="185" />
      <source>counted from</source>
      <translation>gezählt ab</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="211" />
      <source>Tile deduplication</source>
      <translation>Kachel-Deduplizierung</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="356" />
      <location filename="../ui/order_dialog.py" line="465" />
      <source>The terms changed: estimate again (free).</source>
      <translation>Die Bedingungen haben sich geändert: neu schätzen (kostenlos).</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="371" />
      <source>I confirm this order (estimate first)</source>
      <translation>Ich bestätige diesen Auftrag (zuerst schätzen)</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="437" />
      <source>As ClearSKY's proposed cells ({tiles} tiles, {minis} minitiles, {billed:,.2f} km² billed): {cost} {when}</source>
      <translation>Als von ClearSKY vorgeschlagene Zellen ({tiles} Kacheln, {minis} Minikacheln, {billed:,.2f} km² berechnet): {cost} {when}</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="587" />
      <source>The estimate is more than 5 minutes old: estimate again (free).</source>
      <translation>Die Schätzung ist älter als 5 Minuten: neu schätzen (kostenlos).</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="117" />
      <source>Order imagery for &lt;b&gt;{what}&lt;/b&gt;: ClearSKY makes cloud-free images of it downloadable and bills the order monthly. Nothing is ordered until you confirm below.</source>
      <translation>Bilder für &lt;b&gt;{what}&lt;/b&gt; bestellen: ClearSKY macht wolkenfreie Bilder davon herunterladbar und berechnet den Auftrag monatlich. Bestellt wird erst, wenn Sie unten bestätigen.</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="475" />
      <source>Placing it bills {now} {when} and about {monthly} every month until you cancel it.</source>
      <translation>Der Auftrag kostet {now} {when} und etwa {monthly} in jedem Monat, bis Sie ihn kündigen.</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="491" />
      <source>This order would take this month past its order budget (ClearSKY settings).</source>
      <translation>Dieser Auftrag brächte den Monat über sein Auftragsbudget (ClearSKY-Einstellungen).</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="612" />
      <source>Order placed: {model}, {period} ({status}). It is listed under Orders; its imagery downloads once it is active.</source>
      <translation>Auftrag erteilt: {model}, {period} ({status}). Er steht unter Aufträge; seine Bilder lassen sich herunterladen, sobald er aktiv ist.</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="163" />
      <source>Start with {month}, the month of the date you are looking at (in the past)</source>
      <translation>Mit {month} beginnen, dem Monat des angezeigten Datums (in der Vergangenheit)</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="342" />
      <source>⚠ The first month, {month}, is in the past: it is ordered (and billed) all the same.</source>
      <translation>⚠ Der erste Monat, {month}, liegt in der Vergangenheit: er wird trotzdem bestellt (und berechnet).</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="447" />
      <source>— as this area: {cost}.</source>
      <translation>— als dieses Gebiet: {cost}.</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="479" />
      <source>Placing it bills {now} {when} and about {monthly} in each following month up to {last}.</source>
      <translation>Der Auftrag kostet {now} {when} und etwa {monthly} in jedem folgenden Monat bis {last}.</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="486" />
      <source>Placing it bills {now} {when}.</source>
      <translation>Der Auftrag kostet {now} {when}.</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="489" />
      <source>Orders: {line}</source>
      <translation>Aufträge: {line}</translation>
    </message>
    <message>
      <location filename="../ui/order_dialog.py" line="312" />
      <source>{name}: required by {model}</source>
      <translation>{name}: von {model} benötigt</translation>
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="27" />
      <source>New order for this area…</source>
      <translation>Neuer Auftrag für dieses Gebiet…</translation>
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="30" />
      <source>Estimate an order for the area of interest; nothing is ordered before you confirm</source>
      <translation>Einen Auftrag für das Interessengebiet schätzen; bestellt wird erst nach Ihrer Bestätigung</translation>
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="43" />
      <source>Details…</source>
      <translation>Details…</translation>
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="46" />
      <source>Orders in Review, and recurring orders (stops future billing)</source>
      <translation>Aufträge in Prüfung und wiederkehrende Aufträge (beendet die künftige Abrechnung)</translation>
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="48" />
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="53" />
      <source>Show orders on the map</source>
      <translation>Aufträge auf der Karte zeigen</translation>
    </message>
    <message>
      <location filename="../ui/orders_panel.py" line="73" />
      <source>No orders: downloads need an order covering the area and date.</source>
      <translation>Keine Aufträge: Downloads brauchen einen Auftrag, der Gebiet und Datum abdeckt.</translation>
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="18" />
      <source>Output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="25" />
      <source>Folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="26" />
      <source>download here</source>
      <translation>hier speichern</translation>
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="27" />
      <source>deliver to URL</source>
      <translation>an URL liefern</translation>
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="33" />
      <source>pre-signed PUT URL (UploadUrl)</source>
      <translation>vorsignierte PUT-URL (UploadUrl)</translation>
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="43" />
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="54" />
      <source>Enter the upload URL, or choose 'download here'.</source>
      <translation>Geben Sie die Upload-URL ein, oder wählen Sie „hier speichern“.</translation>
    </message>
    <message>
      <location filename="../ui/output_panel.py" line="63" />
      <source>Choose an output folder.</source>
      <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="42" />
      <source>Date and product</source>
      <translation>Datum und Produkt</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="59" />
      <source>series until</source>
      <translation>Reihe bis</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="60" />
      <source>Download every date (or one a week / a month) up to this one</source>
      <translation>Jedes Datum (oder eines pro Woche / Monat) bis zu diesem herunterladen</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="81" />
      <source>Satellites</source>
      <translation>Satelliten</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="85" />
      <source>'all', 'rgb' or a comma list such as B4,B3,B2; [B8_B4] is an index</source>
      <translation>„all“, „rgb“ oder eine Liste wie B4,B3,B2; [B8_B4] ist ein Index</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="90" />
      <source>suggested UTM</source>
      <translation>UTM-Vorschlag</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="99" />
      <source>Output CRS</source>
      <translation>Ausgabe-KBS</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="108" />
      <source>exact pixel size</source>
      <translation>exakte Pixelgröße</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="110" />
      <source>Pixels exactly the chosen resolution on the UTM grid (UtmGridForcePixelResolutionSize). Off lets ClearSKY use e.g. 9.99 m pixels to avoid resampling.</source>
      <translation>Pixel genau in der gewählten Auflösung auf dem UTM-Gitter (UtmGridForcePixelResolutionSize). Aus erlaubt ClearSKY z. B. 9,99-m-Pixel, um Resampling zu vermeiden.</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="119" />
      <source>Resolution</source>
      <translation>Auflösung</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="125" />
      <source>L2A, bottom of atmosphere</source>
      <translation>L2A, Boden der Atmosphäre</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="126" />
      <source>L1C, top of atmosphere</source>
      <translation>L1C, Oberrand der Atmosphäre</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="127" />
      <source>Processing level (Level); L1C adds band B10</source>
      <translation>Verarbeitungsstufe (Level); L1C fügt Kanal B10 hinzu</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="128" />
      <source>harmonised</source>
      <translation>harmonisiert</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="130" />
      <source>clip reflectance</source>
      <translation>Reflexion begrenzen</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="140" />
      <source>Nimbus</source>
      <translation>Nimbus</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="318" />
      <source>ClearSKY: available dates</source>
      <translation>ClearSKY: verfügbare Daten</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="66" />
      <source>every date</source>
      <translation>jedes Datum</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="66" />
      <source>weekly</source>
      <translation>wöchentlich</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="66" />
      <source>monthly</source>
      <translation>monatlich</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="175" />
      <source>optional input</source>
      <translation>optionale Eingabe</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="198" />
      <source>Choose an output CRS with an EPSG code, e.g. a UTM zone.</source>
      <translation>Wählen Sie ein Ausgabe-KBS mit EPSG-Code, z. B. eine UTM-Zone.</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="175" />
      <source>required by {model}</source>
      <translation>von {model} benötigt</translation>
    </message>
    <message>
      <location filename="../ui/product_panel.py" line="185" />
      <location filename="../ui/product_panel.py" line="191" />
      <source>EPSG:{utm_epsg}</source>
      <translation>EPSG:{utm_epsg}</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="55" />
      <source>The key is kept in QGIS's authentication database, protected by its master password.</source>
      <translation>Der Schlüssel liegt in der Authentifizierungsdatenbank von QGIS, geschützt durch deren Masterpasswort.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="45" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="70" />
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="79" />
      <source>Defaults</source>
      <translation>Vorgaben</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="84" />
      <location filename="../processing/cell_algorithms.py" line="150" />
      <source>Output folder</source>
      <translation>Ausgabeordner</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="88" />
      <location filename="../ui/settings_dialog.py" line="114" />
      <location filename="../ui/settings_dialog.py" line="128" />
      <source>no budget</source>
      <translation>kein Budget</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="91" />
      <source>Warn above</source>
      <translation>Warnen ab</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="94" />
      <source>account limit</source>
      <translation>Kontolimit</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="96" />
      <source>Parallel downloads</source>
      <translation>Parallele Downloads</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="103" />
      <source>Watched areas are checked for new dates at QGIS start and then this often</source>
      <translation>Beobachtete Gebiete werden beim Start von QGIS und dann in diesem Abstand auf neue Daten geprüft</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="104" />
      <source>Check watched areas every</source>
      <translation>Beobachtete Gebiete prüfen alle</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="107" />
      <source>Monthly budgets</source>
      <translation>Monatsbudgets</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="118" />
      <source>Downloads that would take a calendar month past this need a second confirmation (Processing: ALLOW_OVER_BUDGET=true)</source>
      <translation>Downloads, die einen Kalendermonat darüber brächten, brauchen eine zweite Bestätigung (Processing: ALLOW_OVER_BUDGET=true)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="129" />
      <source>In the currency ClearSKY bills orders in (e.g. EUR)</source>
      <translation>In der Währung, in der ClearSKY Aufträge abrechnet (z. B. EUR)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="131" />
      <source>Orders (account currency)</source>
      <translation>Aufträge (Kontowährung)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="134" />
      <source>Advanced</source>
      <translation>Erweitert</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="140" />
      <source>API URL</source>
      <translation>API-URL</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="141" />
      <source>Proxy: taken from Settings → Options → Network.</source>
      <translation>Proxy: aus Einstellungen → Optionen → Netzwerk.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="190" />
      <source>Connecting…</source>
      <translation>Verbinde…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="191" />
      <source>ClearSKY: test connection</source>
      <translation>ClearSKY: Verbindung testen</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="198" />
      <source>balance unknown</source>
      <translation>Guthaben unbekannt</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="217" />
      <source>ClearSKY settings</source>
      <translation>ClearSKY-Einstellungen</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="52" />
      <source>stored in the QGIS authentication database – type to replace</source>
      <translation>in der Authentifizierungsdatenbank von QGIS gespeichert – zum Ersetzen tippen</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="52" />
      <source>paste your API key</source>
      <translation>API-Schlüssel hier einfügen</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="57" />
      <source>No master password is set yet: when you save, QGIS will ask you to choose one. It protects the key (and the other passwords QGIS keeps) on this computer; QGIS asks for it once per session.</source>
      <translation>Es ist noch kein Masterpasswort gesetzt: beim Speichern bittet QGIS Sie, eines zu wählen. Es schützt den Schlüssel (und die anderen Passwörter, die QGIS verwahrt) auf diesem Rechner; QGIS fragt einmal pro Sitzung danach.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="187" />
      <source>{url} (from the environment: {names})</source>
      <translation>{url} (aus der Umgebung: {names})</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="201" />
      <source>Connected to {where} as {name} · {balance}</source>
      <translation>Verbunden mit {where} als {name} · {balance}</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="64" />
      <source>{env} is set in the environment and takes precedence.</source>
      <translation>{env} ist in der Umgebung gesetzt und hat Vorrang.</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="201" />
      <source>Downloads in credits; orders in the currency ClearSKY bills them in (orders placed from this plugin).</source>
      <translation>Downloads in Credits; Aufträge in der Währung, in der ClearSKY sie abrechnet (Aufträge aus diesem Plugin).</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="133" />
      <source>ClearSKY – spending</source>
      <translation>ClearSKY – Ausgaben</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="142" />
      <source>kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="143" />
      <source>area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="165" />
      <source>Export CSV…</source>
      <translation>CSV exportieren…</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="97" />
      <source>Nothing spent yet.</source>
      <translation>Noch nichts ausgegeben.</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="139" />
      <source>Split this month by</source>
      <translation>Diesen Monat aufteilen nach</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="154" />
      <source>Month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="223" />
      <source>Export spending</source>
      <translation>Ausgaben exportieren</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="223" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="205" />
      <source>{n} failed request(s) this month may have been charged: counted at their estimate.</source>
      <translation>{n} fehlgeschlagene Anfrage(n) dieses Monats können berechnet worden sein: mit ihrer Schätzung gezählt.</translation>
    </message>
    <message>
      <location filename="../ui/spending_view.py" line="76" />
      <source>{month} by part: </source>
      <translation>{month} nach Teilen: </translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="27" />
      <source>Large area (grid tiles)</source>
      <translation>Großes Gebiet (Gitterkacheln)</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="36" />
      <source>Search grid cells</source>
      <translation>Gitterzellen suchen</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="37" />
      <source>Show the ClearSKY grid cells covering the area (free)</source>
      <translation>Die ClearSKY-Gitterzellen zeigen, die das Gebiet abdecken (kostenlos)</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="39" />
      <source>minitiles</source>
      <translation>Minikacheln</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="43" />
      <source>ClearSKY's cheapest cover of the area for a tile order: whole tiles where they are cheaper, minitiles elsewhere (free; nothing is ordered)</source>
      <translation>Die günstigste Abdeckung des Gebiets durch ClearSKY für einen Kachelauftrag: ganze Kacheln, wo sie günstiger sind, sonst Minikacheln (kostenlos; es wird nichts bestellt)</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="54" />
      <source>For areas too large for one composite: grid cells, downloaded in parallel.</source>
      <translation>Für Gebiete, die für ein Komposit zu groß sind: Gitterzellen, parallel heruntergeladen.</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="57" />
      <source>also one mosaic in the output CRS</source>
      <translation>zusätzlich ein Mosaik im Ausgabe-KBS</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="59" />
      <location filename="../ui/tiles_panel.py" line="153" />
      <source>Download cells…</source>
      <translation>Zellen herunterladen…</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="60" />
      <source>The selected cells, or all of them when none is selected</source>
      <translation>Die gewählten Zellen, oder alle, wenn keine gewählt ist</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="66" />
      <source>A tile order of the selected cells (or all): estimated first, nothing is ordered before you confirm</source>
      <translation>Ein Kachelauftrag der gewählten Zellen (oder aller): zuerst geschätzt, bestellt wird erst nach Ihrer Bestätigung</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="89" />
      <source>ClearSKY: search grid cells</source>
      <translation>ClearSKY: Gitterzellen suchen</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="146" />
      <source>all will be downloaded (select cells to limit)</source>
      <translation>alle werden heruntergeladen (Zellen wählen, um einzuschränken)</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="77" />
      <location filename="../ui/tiles_panel.py" line="98" />
      <source>Choose an area of interest first.</source>
      <translation>Wählen Sie zuerst ein Interessengebiet.</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="146" />
      <source>{s} selected</source>
      <translation>{s} gewählt</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="148" />
      <source>{n} cells in EPSG {zones} · {which}</source>
      <translation>{n} Zellen in EPSG {zones} · {which}</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="162" />
      <source>Search the grid cells first.</source>
      <translation>Suchen Sie zuerst die Gitterzellen.</translation>
    </message>
    <message>
      <location filename="../ui/tiles_panel.py" line="153" />
      <source>Download {k} cells…</source>
      <translation>{k} Zellen herunterladen…</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="53" />
      <source>ClearSKY: check watched areas</source>
      <translation>ClearSKY: beobachtete Gebiete prüfen</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="257" />
      <source>Watch an area to be told when ClearSKY publishes new dates for it (free checks).</source>
      <translation>Beobachten Sie ein Gebiet, um zu erfahren, wann ClearSKY neue Daten dafür veröffentlicht (kostenlose Prüfungen).</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="264" />
      <source>Watch the panel's area with its model and constellations</source>
      <translation>Das Gebiet des Bedienfelds mit seinem Modell und seinen Konstellationen beobachten</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="266" />
      <source>Check now</source>
      <translation>Jetzt prüfen</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="277" />
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="279" />
      <source>Import…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="251" />
      <source>Last new date</source>
      <translation>Letztes neues Datum</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="251" />
      <source>Last checked</source>
      <translation>Zuletzt geprüft</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="335" />
      <source>Watch this area</source>
      <translation>Dieses Gebiet beobachten</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="335" />
      <source>Name of the watched area</source>
      <translation>Name des beobachteten Gebiets</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="363" />
      <source>Export watched areas</source>
      <translation>Beobachtete Gebiete exportieren</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="363" />
      <location filename="../ui/watch.py" line="373" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="373" />
      <source>Import watched areas</source>
      <translation>Beobachtete Gebiete importieren</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="332" />
      <source>Choose an area first: draw one, or pick a layer.</source>
      <translation>Wählen Sie zuerst ein Gebiet: zeichnen Sie eines oder wählen Sie einen Layer.</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="368" />
      <source>{n} watched area(s) exported to {path}.</source>
      <translation>{n} beobachtete(s) Gebiet(e) nach {path} exportiert.</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="383" />
      <source>{n} watched area(s) imported.</source>
      <translation>{n} beobachtete(s) Gebiet(e) importiert.</translation>
    </message>
    <message>
      <location filename="../ui/watch.py" line="194" />
      <source>Watching “{name}”: {n} dates with imagery in the last weeks; new ones will be announced.</source>
      <translation>„{name}“ wird beobachtet: {n} Daten mit Bildern in den letzten Wochen; neue werden gemeldet.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="35" />
      <source>Imagery</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="38" />
      <location filename="../processing/base.py" line="42" />
      <source>Server default</source>
      <translation>Server-Vorgabe</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="39" />
      <source>2 — bottom of atmosphere (L2A)</source>
      <translation>2 — Boden der Atmosphäre (L2A)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="40" />
      <source>1 — top of atmosphere (L1C, adds B10)</source>
      <translation>1 — Oberrand der Atmosphäre (L1C, mit B10)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="42" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="42" />
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="109" />
      <source>Date (YYYY-MM-DD)</source>
      <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="93" />
      <source>&lt;p&gt;The API URL and key come from the ClearSKY settings, or from the environment variables CLEARSKY_API_URL and CLEARSKY_API_KEY (headless use).&lt;/p&gt;</source>
      <translation>&lt;p&gt;API-URL und Schlüssel kommen aus den ClearSKY-Einstellungen oder aus den Umgebungsvariablen CLEARSKY_API_URL und CLEARSKY_API_KEY (Betrieb ohne Oberfläche).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="251" />
      <source>Pixels exactly the resolution (UtmGridForcePixelResolutionSize; off allows e.g. 9.99 m)</source>
      <translation>Pixel genau in der Auflösung (UtmGridForcePixelResolutionSize; aus erlaubt z. B. 9,99 m)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="255" />
      <source>Nimbus: processing level</source>
      <translation>Nimbus: Verarbeitungsstufe</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="258" />
      <source>Nimbus: harmonise</source>
      <translation>Nimbus: harmonisieren</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="261" />
      <source>Nimbus: clip reflectance</source>
      <translation>Nimbus: Reflexion begrenzen</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="105" />
      <location filename="../processing/order_algorithms.py" line="59" />
      <source>Area of interest (polygons)</source>
      <translation>Interessengebiet (Polygone)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="152" />
      <source>Download again even if exactly this request was already delivered (spends credits again)</source>
      <translation>Erneut herunterladen, auch wenn genau diese Anfrage schon geliefert wurde (verbraucht erneut Credits)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="161" />
      <source>Refuse if the estimate exceeds (credits; empty = no limit)</source>
      <translation>Ablehnen, wenn die Schätzung höher ist als (Credits; leer = keine Grenze)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="199" />
      <source>Go over this month's budget (ClearSKY settings) if this run would pass it</source>
      <translation>Das Budget dieses Monats (ClearSKY-Einstellungen) überschreiten, falls dieser Lauf darüber ginge</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="221" />
      <source>ALLOW_OVER_BUDGET is set: this run goes over this month's budget.</source>
      <translation>ALLOW_OVER_BUDGET ist gesetzt: dieser Lauf überschreitet das Budget dieses Monats.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="228" />
      <source>Satellite constellations, comma-separated (empty = the model's required ones)</source>
      <translation>Satellitenkonstellationen, durch Kommas getrennt (leer = die vom Modell benötigten)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="236" />
      <source>Bands ('all', 'rgb' or e.g. B4,B3,B2)</source>
      <translation>Kanäle („all“, „rgb“ oder z. B. B4,B3,B2)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="239" />
      <location filename="../processing/cell_algorithms.py" line="134" />
      <source>Resolution (m)</source>
      <translation>Auflösung (m)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="243" />
      <source>Output CRS (empty = suggested UTM zone)</source>
      <translation>Ausgabe-KBS (leer = vorgeschlagene UTM-Zone)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="285" />
      <source>The area of interest could not be read: give a polygon layer or file.</source>
      <translation>Das Interessengebiet konnte nicht gelesen werden: geben Sie einen Polygonlayer oder eine Datei an.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="290" />
      <source>Area of interest: {summary}</source>
      <translation>Interessengebiet: {summary}</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="305" />
      <source>The output CRS needs an EPSG code, e.g. EPSG:32632.</source>
      <translation>Das Ausgabe-KBS braucht einen EPSG-Code, z. B. EPSG:32632.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="355" />
      <source>UPLOAD_URL=env:{name}, but the environment variable {name} is not set.</source>
      <translation>UPLOAD_URL=env:{name}, aber die Umgebungsvariable {name} ist nicht gesetzt.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="188" />
      <source>Exactly this request was already delivered on {when} to {where} ({n} time(s) in the history); nothing was downloaded. Set ALLOW_REPEAT=true to pay for it again.</source>
      <translation>Genau diese Anfrage wurde bereits am {when} nach {where} geliefert ({n}-mal im Verlauf); es wurde nichts heruntergeladen. Setzen Sie ALLOW_REPEAT=true, um erneut dafür zu bezahlen.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="340" />
      <source>The download history could not be written: {e}</source>
      <translation>Der Download-Verlauf konnte nicht geschrieben werden: {e}</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="128" />
      <source>{name} must be a date as YYYY-MM-DD, e.g. 2024-05-03, not '{value}'.</source>
      <translation>{name} muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2024-05-03, nicht „{value}“.</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="40" />
      <source>Search grid tiles</source>
      <translation>Gitterkacheln suchen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="41" />
      <source>The ClearSKY grid cells (tiles, or minitiles with MINITILES) that cover the area, as a polygon layer with the fields guid, minitile, epsg and status. Select cells and feed the layer to 'Download grid tiles'. Free of charge.</source>
      <translation>Die ClearSKY-Gitterzellen (Kacheln, oder Minikacheln mit MINITILES), die das Gebiet abdecken, als Polygonlayer mit den Feldern guid, minitile, epsg und status. Wählen Sie Zellen und geben Sie den Layer an „Gitterkacheln herunterladen“. Kostenlos.</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="85" />
      <source>Propose grid cells for an order</source>
      <translation>Gitterzellen für einen Auftrag vorschlagen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="86" />
      <source>ClearSKY's proposed cover of the area (tile/optimize): whole tiles where a tile is cheaper, minitiles elsewhere, as a polygon layer with the fields guid, minitile, epsg and status — the TILES input of 'Estimate an order', 'Place an order' and 'Download grid tiles'. Free of charge; nothing is ordered.</source>
      <translation>Die von ClearSKY vorgeschlagene Abdeckung des Gebiets (tile/optimize): ganze Kacheln, wo eine Kachel günstiger ist, sonst Minikacheln, als Polygonlayer mit den Feldern guid, minitile, epsg und status — die TILES-Eingabe von „Auftrag schätzen“, „Auftrag erteilen“ und „Gitterkacheln herunterladen“. Kostenlos; es wird nichts bestellt.</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="110" />
      <source>Download grid tiles</source>
      <translation>Gitterkacheln herunterladen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="111" />
      <source>Downloads the cells of a grid layer from 'Search grid tiles' (use 'selected features only' to pick cells), at most the account's MaxConcurrentConnections (or MAX_PARALLEL) at once, one GeoTIFF per cell and one VRT per UTM zone in OUTPUT_FOLDER. Spends credits. Running the same batch again downloads only the cells that are missing or incomplete. Failed cells are retried, then listed by GUID.</source>
      <translation>Lädt die Zellen eines Gitterlayers aus „Gitterkacheln suchen“ herunter („nur gewählte Objekte“ wählt Zellen aus), höchstens MaxConcurrentConnections des Kontos (oder MAX_PARALLEL) gleichzeitig, ein GeoTIFF pro Zelle und ein VRT pro UTM-Zone in OUTPUT_FOLDER. Verbraucht Credits. Ein erneuter Lauf desselben Stapels lädt nur fehlende oder unvollständige Zellen. Fehlgeschlagene Zellen werden wiederholt und dann per GUID aufgeführt.</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="49" />
      <source>Minitiles instead of tiles</source>
      <translation>Minikacheln statt Kacheln</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="51" />
      <location filename="../processing/cell_algorithms.py" line="95" />
      <location filename="../processing/cell_algorithms.py" line="121" />
      <source>Grid cells</source>
      <translation>Gitterzellen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="53" />
      <location filename="../processing/cell_algorithms.py" line="97" />
      <source>Number of cells</source>
      <translation>Anzahl der Zellen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="128" />
      <source>Satellite constellations (empty = required)</source>
      <translation>Satellitenkonstellationen (leer = die benötigten)</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="141" />
      <source>Parallel downloads (0 = the account's limit)</source>
      <translation>Parallele Downloads (0 = Kontolimit)</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="151" />
      <source>Estimated credits</source>
      <translation>Geschätzte Credits</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="152" />
      <source>Cells downloaded</source>
      <translation>Heruntergeladene Zellen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="153" />
      <source>Cells already complete</source>
      <translation>Bereits vollständige Zellen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="154" />
      <source>Cells failed</source>
      <translation>Fehlgeschlagene Zellen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="155" />
      <source>GUIDs of failed cells</source>
      <translation>GUIDs der fehlgeschlagenen Zellen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="156" />
      <source>VRT per UTM zone</source>
      <translation>VRT pro UTM-Zone</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="165" />
      <source>The grid cells could not be read.</source>
      <translation>Die Gitterzellen konnten nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="168" />
      <location filename="../processing/order_algorithms.py" line="162" />
      <source>No grid cells given (is the selection empty?).</source>
      <translation>Keine Gitterzellen angegeben (ist die Auswahl leer?).</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="68" />
      <source>{n} cells in EPSG {zones}</source>
      <translation>{n} Zellen in EPSG {zones}</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="104" />
      <source>{t} tiles and {m} minitiles proposed</source>
      <translation>{t} Kacheln und {m} Minikacheln vorgeschlagen</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="188" />
      <source>Estimating {n} cells…</source>
      <translation>Schätze {n} Zellen…</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="201" />
      <source>{n} cells, {w} at a time</source>
      <translation>{n} Zellen, {w} gleichzeitig</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="185" />
      <location filename="../processing/composite_algorithms.py" line="223" />
      <source>Saving into the ClearSKY output folder {f}</source>
      <translation>Speichere in den ClearSKY-Ausgabeordner {f}</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="195" />
      <location filename="../processing/composite_algorithms.py" line="211" />
      <source> Nothing was downloaded.</source>
      <translation> Es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
      <location filename="../processing/cell_algorithms.py" line="229" />
      <location filename="../processing/composite_algorithms.py" line="266" />
      <source>Attribution: {n}</source>
      <translation>Quellenangabe: {n}</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="47" />
      <source>Check availability</source>
      <translation>Verfügbarkeit prüfen</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="48" />
      <source>Asks ClearSKY whether imagery is ready for the area, date and product (free of charge). READY is true when a complete download is possible; STATE says why not otherwise.</source>
      <translation>Fragt ClearSKY, ob Bilder für Gebiet, Datum und Produkt bereitstehen (kostenlos). READY ist wahr, wenn ein vollständiger Download möglich ist; sonst sagt STATE, warum nicht.</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="81" />
      <source>Available dates</source>
      <translation>Verfügbare Daten</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="82" />
      <source>Lists the dates with imagery for the whole area between FROM and UNTIL (free of charge).</source>
      <translation>Listet die Daten mit Bildern für das ganze Gebiet zwischen FROM und UNTIL auf (kostenlos).</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="124" />
      <source>What the download of this area, date and product would cost in credits (free of charge).</source>
      <translation>Was der Download dieses Gebiets, Datums und Produkts in Credits kosten würde (kostenlos).</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="166" />
      <source>Download composite</source>
      <translation>Komposit herunterladen</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="167" />
      <source>Checks availability and cost, then downloads the cloud-free composite as a GeoTIFF (spends credits). MAX_CREDITS refuses the download when the estimate is higher. With UPLOAD_URL ClearSKY delivers the file to that URL instead; should it return the file anyway, the paid bytes are saved in OUTPUT (or the ClearSKY output folder). QGIS records a literal UPLOAD_URL, signature included, in its Processing log and history: write env:NAME to read it from the environment variable NAME instead. The GeoTIFF carries the source attribution in its tags, in a .qmd sidecar and in &lt;file&gt;.attribution.txt.</source>
      <translation>Prüft Verfügbarkeit und Kosten und lädt dann das wolkenfreie Komposit als GeoTIFF herunter (verbraucht Credits). MAX_CREDITS verweigert den Download, wenn die Schätzung höher ist. Mit UPLOAD_URL liefert ClearSKY die Datei stattdessen an diese URL; gibt es die Datei trotzdem zurück, werden die bezahlten Bytes in OUTPUT (oder im ClearSKY-Ausgabeordner) gespeichert. QGIS schreibt eine direkt angegebene UPLOAD_URL samt Signatur in sein Verarbeitungsprotokoll und seinen Verlauf: schreiben Sie env:NAME, um sie stattdessen aus der Umgebungsvariablen NAME zu lesen. Das GeoTIFF trägt die Quellenangabe in seinen Tags, in einer .qmd-Begleitdatei und in &lt;Datei&gt;.attribution.txt.</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="86" />
      <source>From (YYYY-MM-DD)</source>
      <translation>Von (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="87" />
      <source>Until (YYYY-MM-DD, empty = one year)</source>
      <translation>Bis (JJJJ-MM-TT, leer = ein Jahr)</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="204" />
      <source>Checking availability and cost…</source>
      <translation>Prüfe Verfügbarkeit und Kosten…</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="224" />
      <source>Downloading…</source>
      <translation>Lade herunter…</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="57" />
      <location filename="../processing/composite_algorithms.py" line="137" />
      <source>Ready to download</source>
      <translation>Bereit zum Download</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="58" />
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="59" />
      <location filename="../processing/composite_algorithms.py" line="138" />
      <location filename="../processing/order_algorithms.py" line="108" />
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="60" />
      <source>Fully available</source>
      <translation>Vollständig verfügbar</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="61" />
      <source>Partially available</source>
      <translation>Teilweise verfügbar</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="62" />
      <source>Covered by orders</source>
      <translation>Von Aufträgen abgedeckt</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="90" />
      <source>Dates</source>
      <translation>Daten</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="92" />
      <source>Number of dates</source>
      <translation>Anzahl der Daten</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="132" />
      <location filename="../processing/composite_algorithms.py" line="194" />
      <source>Area (km²)</source>
      <translation>Fläche (km²)</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="133" />
      <source>Estimated size (bytes)</source>
      <translation>Geschätzte Größe (Bytes)</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="134" />
      <source>Balance (credits)</source>
      <translation>Guthaben (Credits)</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="183" />
      <source>Deliver to this URL instead (UploadUrl)</source>
      <translation>Stattdessen an diese URL liefern (UploadUrl)</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="190" />
      <source>Composite (a temporary output is saved in the ClearSKY output folder)</source>
      <translation>Komposit (eine temporäre Ausgabe wird im ClearSKY-Ausgabeordner gespeichert)</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="195" />
      <source>SHA-256 of the delivered file</source>
      <translation>SHA-256 der gelieferten Datei</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="218" />
      <source>OUTPUT must be a GeoTIFF (.tif) file.</source>
      <translation>OUTPUT muss eine GeoTIFF-Datei (.tif) sein.</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="253" />
      <source>ClearSKY delivered the composite to the upload URL.</source>
      <translation>ClearSKY hat das Komposit an die Upload-URL geliefert.</translation>
    </message>
    <message>
      <location filename="../processing/composite_algorithms.py" line="117" />
      <source>{n} dates with imagery for {model}</source>
      <translation>{n} Daten mit Bildern für {model}</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="33" />
      <source>Estimate an order</source>
      <translation>Auftrag schätzen</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="34" />
      <source>What an order of the area (AOI) or of grid cells (TILES, from 'Search grid tiles') would cost and deliver (free of charge; nothing is ordered). ClearSKY bills each polygon's bounding box, with a minimum area per polygon, so BILLED_AREA_KM2 can exceed AREA_KM2; grid cells are billed as cells. FROM_MONTH and TO_MONTH are YYYY-MM; TO_MONTH left out or empty orders the first month only. RECURRING=true asks for a recurring order instead, billed every month until cancelled (TO_MONTH must then be empty). The order runs from the 1st of FROM_MONTH to the last day of TO_MONTH. TOTAL_COST is what a fixed-period order bills in all. The estimate assumes no overlap with existing orders.</source>
      <translation>Was ein Auftrag für das Gebiet (AOI) oder für Gitterzellen (TILES, aus „Gitterkacheln suchen“) kosten und liefern würde (kostenlos; es wird nichts bestellt). ClearSKY berechnet das umgebende Rechteck jedes Polygons, mit einer Mindestfläche je Polygon, daher kann BILLED_AREA_KM2 größer sein als AREA_KM2; Gitterzellen werden als Zellen berechnet. FROM_MONTH und TO_MONTH sind JJJJ-MM; ohne oder mit leerem TO_MONTH wird nur der erste Monat bestellt. RECURRING=true verlangt stattdessen einen wiederkehrenden Auftrag, der jeden Monat bis zur Kündigung berechnet wird (TO_MONTH muss dann leer sein). Der Auftrag läuft vom 1. des FROM_MONTH bis zum letzten Tag des TO_MONTH. TOTAL_COST ist, was ein Auftrag mit festem Zeitraum insgesamt kostet. Die Schätzung nimmt an, dass sich das Gebiet mit keinem bestehenden Auftrag überschneidet.</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="200" />
      <source>Place an order</source>
      <translation>Auftrag erteilen</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="201" />
      <source>Estimates the order like 'Estimate an order', then places it — once — if CONFIRM is true and no month the order can bill (this month, and each following one) costs more than MAX_COST. SPENDS MONEY: ClearSKY bills the order monthly (every month until cancelled for a recurring order). Without CONFIRM, above MAX_COST, or when the estimate has no usable cost, nothing is ordered. After a server error the order is never sent again: the orders list is read (at once and after a settle wait) and the result says whether the order was placed or may have been.</source>
      <translation>Schätzt den Auftrag wie „Auftrag schätzen“ und erteilt ihn dann — einmal —, wenn CONFIRM wahr ist und kein Monat, den der Auftrag berechnen kann (dieser Monat und jeder folgende), mehr als MAX_COST kostet. KOSTET GELD: ClearSKY berechnet den Auftrag monatlich (bei einem wiederkehrenden Auftrag jeden Monat bis zur Kündigung). Ohne CONFIRM, über MAX_COST oder wenn die Schätzung keine brauchbaren Kosten hat, wird nichts bestellt. Nach einem Serverfehler wird der Auftrag nie erneut gesendet: die Auftragsliste wird gelesen (sofort und nach einer Wartezeit), und das Ergebnis sagt, ob der Auftrag erteilt wurde oder möglicherweise erteilt wurde.</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="45" />
      <source>Area drawn (km²)</source>
      <translation>Gezeichnete Fläche (km²)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="46" />
      <source>Area billed (km²)</source>
      <translation>Berechnete Fläche (km²)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="47" />
      <source>Cost this month</source>
      <translation>Kosten dieses Monats</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="48" />
      <source>Cost of each following month</source>
      <translation>Kosten jedes weiteren Monats</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="49" />
      <source>Total cost of a fixed-period order (empty for a recurring one)</source>
      <translation>Gesamtkosten eines Auftrags mit festem Zeitraum (leer bei einem wiederkehrenden)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="50" />
      <source>Number of image dates</source>
      <translation>Anzahl der Bilddaten</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="60" />
      <source>or grid cells (tiles or minitiles)</source>
      <translation>oder Gitterzellen (Kacheln oder Minikacheln)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="72" />
      <source>First month (YYYY-MM)</source>
      <translation>Erster Monat (JJJJ-MM)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="73" />
      <source>Last month (YYYY-MM; empty = the first month only)</source>
      <translation>Letzter Monat (JJJJ-MM; leer = nur der erste Monat)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="80" />
      <source>Recurring: billed every month until cancelled (TO_MONTH empty)</source>
      <translation>Wiederkehrend: jeden Monat bis zur Kündigung berechnet (TO_MONTH leer)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="86" />
      <source>Days between images (1 = daily … 7 = weekly)</source>
      <translation>Tage zwischen den Bildern (1 = täglich … 7 = wöchentlich)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="92" />
      <source>Reference date of the image dates (YYYY-MM-DD; empty = the first month's 1st)</source>
      <translation>Bezugsdatum der Bilddaten (JJJJ-MM-TT; leer = der 1. des ersten Monats)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="98" />
      <source>Storage (months)</source>
      <translation>Speicherdauer (Monate)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="101" />
      <source>Downloads per image</source>
      <translation>Downloads pro Bild</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="107" />
      <source>Currency</source>
      <translation>Währung</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="128" />
      <source>FROM_MONTH is required (YYYY-MM).</source>
      <translation>FROM_MONTH ist erforderlich (JJJJ-MM).</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="134" />
      <source>RECURRING=true runs until cancelled: leave TO_MONTH empty, or set RECURRING=false.</source>
      <translation>RECURRING=true läuft bis zur Kündigung: lassen Sie TO_MONTH leer oder setzen Sie RECURRING=false.</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="142" />
      <source>Give either AOI (an area) or TILES (grid cells), one of them.</source>
      <translation>Geben Sie entweder AOI (ein Gebiet) oder TILES (Gitterzellen) an, eines davon.</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="214" />
      <source>Leave out grid cells that are already ordered</source>
      <translation>Bereits bestellte Gitterzellen weglassen</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="220" />
      <source>Refuse if any month's cost exceeds (in the order's currency)</source>
      <translation>Ablehnen, wenn die Kosten eines Monats höher sind als (in der Währung des Auftrags)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="228" />
      <source>I confirm: place this order (it is billed monthly)</source>
      <translation>Ich bestätige: diesen Auftrag erteilen (er wird monatlich berechnet)</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="232" />
      <source>Order GUID</source>
      <translation>Auftrags-GUID</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="233" />
      <source>Order status</source>
      <translation>Auftragsstatus</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="238" />
      <source>CONFIRM is not set: nothing was ordered. Set CONFIRM=true to place the order (it costs money).</source>
      <translation>CONFIRM ist nicht gesetzt: es wurde nichts bestellt. Setzen Sie CONFIRM=true, um den Auftrag zu erteilen (er kostet Geld).</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="245" />
      <source> Nothing was ordered.</source>
      <translation> Es wurde nichts bestellt.</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="259" />
      <source>Order {guid} placed: {label}</source>
      <translation>Auftrag {guid} erteilt: {label}</translation>
    </message>
    <message>
      <location filename="../processing/order_algorithms.py" line="123" />
      <source>{name} must be a month as YYYY-MM, not '{text}'.</source>
      <translation>{name} muss ein Monat als JJJJ-MM sein, nicht „{text}“.</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="22" />
      <source>ClearSKY Vision imagery</source>
      <translation>ClearSKY Vision Bilder</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="29" />
      <location filename="../processing/watch_algorithms.py" line="50" />
      <source>New dates</source>
      <translation>Neue Daten</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="30" />
      <source>Which imagery dates are new (free of charge). WATCHED names an area watched in the ClearSKY panel: without SINCE, the dates ClearSKY published since that area was last checked (the check is recorded, as in QGIS); with SINCE, its dates after that day. Or give an AOI, SINCE, MODEL and CONSTELLATIONS: the dates after SINCE up to today. Nothing is downloaded or paid.</source>
      <translation>Welche Bilddaten neu sind (kostenlos). WATCHED nennt ein im ClearSKY-Bedienfeld beobachtetes Gebiet: ohne SINCE die Daten, die ClearSKY seit der letzten Prüfung dieses Gebiets veröffentlicht hat (die Prüfung wird wie in QGIS vermerkt); mit SINCE seine Daten nach diesem Tag. Oder geben Sie AOI, SINCE, MODEL und CONSTELLATIONS an: die Daten nach SINCE bis heute. Es wird nichts heruntergeladen oder bezahlt.</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="47" />
      <source>Since (dates after this day; empty = since the last check)</source>
      <translation>Seit (Daten nach diesem Tag; leer = seit der letzten Prüfung)</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="38" />
      <source>Watched area (its name)</source>
      <translation>Beobachtetes Gebiet (sein Name)</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="42" />
      <source>Or an area of interest (polygons)</source>
      <translation>Oder ein Interessengebiet (Polygone)</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="52" />
      <source>Number of new dates</source>
      <translation>Anzahl neuer Daten</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="53" />
      <source>Newest new date</source>
      <translation>Neuestes neues Datum</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="65" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="85" />
      <source>Give WATCHED (a watched area's name) or an AOI with SINCE.</source>
      <translation>Geben Sie WATCHED (den Namen eines beobachteten Gebiets) oder ein AOI mit SINCE an.</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="87" />
      <source>With an AOI, SINCE is needed (the day after which dates are new).</source>
      <translation>Mit einem AOI wird SINCE benötigt (der Tag, nach dem Daten neu sind).</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="103" />
      <source>{n} new date(s) for {name}</source>
      <translation>{n} neue(s) Datum/Daten für {name}</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="78" />
      <source>First check of this area: its dates are known now; later checks report new ones.</source>
      <translation>Erste Prüfung dieses Gebiets: seine Daten sind jetzt bekannt; spätere Prüfungen melden neue.</translation>
    </message>
    <message>
      <location filename="../processing/watch_algorithms.py" line="67" />
      <source>No watched area is called “{name}” (watched: {names}).</source>
      <translation>Kein beobachtetes Gebiet heißt „{name}“ (beobachtet: {names}).</translation>
    </message>
    <message>
      <source>{n} ClearSKY download(s) are still running ({c:,.2f} credits). Wait for them to finish, or cancel them? Cancelled downloads are not refunded.</source>
      <translation type="vanished">{n} ClearSKY-Download(s) laufen noch ({c:,.2f} Credits). Auf ihr Ende warten oder sie abbrechen? Abgebrochene Downloads werden nicht erstattet.</translation>
    </message>
    <message>
      <source>Check the balance (the ClearSKY panel refreshes it) before trying again.</source>
      <translation type="vanished">Prüfen Sie das Guthaben (das ClearSKY-Panel liest es neu), bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
      <source>ClearSKY: {kind} ({value2}). It was not re-sent, because the server may still be processing it and charge for it.</source>
      <translation type="vanished">ClearSKY: {kind} ({value2}). Die Anfrage wurde nicht erneut gesendet, weil der Server sie vielleicht noch verarbeitet und berechnet.</translation>
    </message>
    <message>
      <source>An order covers either an area or grid cells (tiles or minitiles), one of them: choose one.</source>
      <translation type="vanished">Ein Auftrag umfasst entweder ein Gebiet oder Gitterzellen (Kacheln oder Minikacheln), eines davon: wählen Sie eines.</translation>
    </message>
    <message>
      <source>{now} this month, then about {monthly} a month</source>
      <translation type="vanished">{now} in diesem Monat, danach etwa {monthly} pro Monat</translation>
    </message>
    <message>
      <source>{now} this month</source>
      <translation type="vanished">{now} in diesem Monat</translation>
    </message>
    <message>
      <source>ClearSKY answered the order estimate with an unusable {what} ({value}); nothing was ordered.</source>
      <translation type="vanished">ClearSKY beantwortete die Auftragsschätzung mit unbrauchbarem Wert für {what} ({value}); es wurde nichts bestellt.</translation>
    </message>
    <message>
      <source>recurring</source>
      <translation type="vanished">wiederkehrend</translation>
    </message>
    <message>
      <source>The balance could not be compared with the one before the request, so it may have been charged</source>
      <translation type="vanished">Das Guthaben konnte nicht mit dem vor der Anfrage verglichen werden, daher wurde sie vielleicht berechnet</translation>
    </message>
    <message>
      <source>{what}. {value2}; it was not sent again.</source>
      <translation type="vanished">{what}. {value2}; sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
      <source>The ClearSKY API answered with JSON where a GeoTIFF was expected.</source>
      <translation type="vanished">Die ClearSKY-API antwortete mit JSON, wo ein GeoTIFF erwartet wurde.</translation>
    </message>
    <message>
      <source>ClearSKY did not answer the order in time ({what}), and it is not in the orders list yet</source>
      <translation type="vanished">ClearSKY beantwortete den Auftrag nicht rechtzeitig ({what}), und er steht noch nicht in der Auftragsliste</translation>
    </message>
    <message>
      <source>Cancelled: {value1} of {n} cells are complete; run the same batch again to fetch the rest.</source>
      <translation type="vanished">Abgebrochen: {value1} von {n} Zellen sind vollständig; starten Sie denselben Stapel erneut, um den Rest zu holen.</translation>
    </message>
    <message>
      <source>credits (amount unknown)</source>
      <translation type="vanished">Credits (Betrag unbekannt)</translation>
    </message>
    <message>
      <source>the failed cells were charged {text}</source>
      <translation type="vanished">den fehlgeschlagenen Zellen wurden {text} berechnet</translation>
    </message>
    <message>
      <source>{credits:,.0f} credits</source>
      <translation type="vanished">{credits:,.0f} Credits</translation>
    </message>
    <message>
      <source>Downloaded {name} and added it to the map.</source>
      <translation type="vanished">{name} heruntergeladen und zur Karte hinzugefügt.</translation>
    </message>
    <message>
      <source>Order cancelled: {label}.</source>
      <translation type="vanished">Auftrag gekündigt: {label}.</translation>
    </message>
    <message>
      <source>ClearSKY: place order</source>
      <translation type="vanished">ClearSKY: Auftrag erteilen</translation>
    </message>
    <message>
      <source>An order is for tiles or for minitiles: select cells of one kind (search again with or without 'minitiles').</source>
      <translation type="vanished">Ein Auftrag gilt Kacheln oder Minikacheln: wählen Sie Zellen einer Art (suchen Sie erneut mit oder ohne „Minikacheln“).</translation>
    </message>
    <message>
      <source>Placing it bills {now} this month and about {monthly} every month until you cancel it.</source>
      <translation type="vanished">Der Auftrag kostet {now} in diesem Monat und etwa {monthly} jeden weiteren Monat, bis Sie ihn kündigen.</translation>
    </message>
    <message>
      <source>Placing it bills {now} this month and about {monthly} in each following month up to {last}.</source>
      <translation type="vanished">Der Auftrag kostet {now} in diesem Monat und etwa {monthly} in jedem weiteren Monat bis {last}.</translation>
    </message>
    <message>
      <source>Placing it bills {now} this month.</source>
      <translation type="vanished">Der Auftrag kostet {now} in diesem Monat.</translation>
    </message>
    <message>
      <source>Connected as {name} · {balance}</source>
      <translation type="vanished">Verbunden als {name} · {balance}</translation>
    </message>
    <message>
      <source>Checks availability and cost, then downloads the cloud-free composite as a GeoTIFF (spends credits). MAX_CREDITS refuses the download when the estimate is higher. With UPLOAD_URL ClearSKY delivers the file to that URL instead and nothing is downloaded. The GeoTIFF carries the source attribution in its tags, in a .qmd sidecar and in &lt;file&gt;.attribution.txt.</source>
      <translation type="vanished">Prüft Verfügbarkeit und Kosten und lädt dann das wolkenfreie Komposit als GeoTIFF herunter (verbraucht Credits). MAX_CREDITS lehnt den Download ab, wenn die Schätzung höher ist. Mit UPLOAD_URL liefert ClearSKY die Datei stattdessen an diese URL, und es wird nichts heruntergeladen. Das GeoTIFF trägt die Quellenangabe in seinen Tags, in einer .qmd-Begleitdatei und in &lt;file&gt;.attribution.txt.</translation>
    </message>
    <message>
      <source>What an order of the area (AOI) or of grid cells (TILES, from 'Search grid tiles') would cost and deliver (free of charge; nothing is ordered). ClearSKY bills each polygon's bounding box, with a minimum area per polygon, so BILLED_AREA_KM2 can exceed AREA_KM2; grid cells are billed as cells. FROM_MONTH and TO_MONTH are YYYY-MM; an empty TO_MONTH is a recurring order, billed every month until cancelled. The estimate assumes no overlap with existing orders.</source>
      <translation type="vanished">Was ein Auftrag für das Gebiet (AOI) oder für Gitterzellen (TILES, aus „Gitterkacheln suchen“) kosten und liefern würde (kostenlos; es wird nichts bestellt). ClearSKY berechnet das umschließende Rechteck jedes Polygons, mit einer Mindestfläche pro Polygon, daher kann BILLED_AREA_KM2 größer als AREA_KM2 sein; Gitterzellen werden als Zellen berechnet. FROM_MONTH und TO_MONTH sind JJJJ-MM; ein leeres TO_MONTH ist ein wiederkehrender Auftrag, jeden Monat bis zur Kündigung berechnet. Die Schätzung nimmt keine Überschneidung mit bestehenden Aufträgen an.</translation>
    </message>
    <message>
      <source>Estimates the order like 'Estimate an order', then places it — once — if CONFIRM is true and this month's cost is not above MAX_COST. SPENDS MONEY: ClearSKY bills the order monthly (every month until cancelled for a recurring order). Without CONFIRM, or above MAX_COST, nothing is ordered. After a server error the orders list is checked for the new order before anything is sent again.</source>
      <translation type="vanished">Schätzt den Auftrag wie „Auftrag schätzen“ und erteilt ihn dann – einmal –, wenn CONFIRM wahr ist und die Kosten dieses Monats nicht über MAX_COST liegen. KOSTET GELD: ClearSKY berechnet den Auftrag monatlich (bei einem wiederkehrenden Auftrag jeden Monat bis zur Kündigung). Ohne CONFIRM oder über MAX_COST wird nichts bestellt. Nach einem Serverfehler wird die Auftragsliste nach dem neuen Auftrag durchsucht, bevor etwas erneut gesendet wird.</translation>
    </message>
    <message>
      <source>Last month (YYYY-MM; empty = recurring until cancelled)</source>
      <translation type="vanished">Letzter Monat (JJJJ-MM; leer = wiederkehrend bis zur Kündigung)</translation>
    </message>
    <message>
      <source>Refuse if this month's cost exceeds (in the order's currency)</source>
      <translation type="vanished">Ablehnen, wenn die Kosten dieses Monats höher sind als (in der Währung des Auftrags)</translation>
    </message>
    <message>
      <source>An order is for tiles or for minitiles: give cells of one kind.</source>
      <translation type="vanished">Ein Auftrag gilt Kacheln oder Minikacheln: geben Sie Zellen einer Art an.</translation>
    </message>
    <message>
      <source>MAX_COST is required: nothing was ordered.</source>
      <translation type="vanished">MAX_COST ist erforderlich: es wurde nichts bestellt.</translation>
    </message>
  </context>
</TS>
