"""ClearSKY Downloader QGIS plugin."""


def classFactory(iface):
    from .plugin import ClearSkyPlugin

    return ClearSkyPlugin(iface)
