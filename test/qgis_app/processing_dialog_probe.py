"""Runs inside real QGIS (``qgis --code``): opens the Processing dialogs of
clearsky:downloadcomposite and clearsky:placeorder as a user would from the toolbox, saves
screenshots to $PROBE_SHOTS and reports which widgets the parameters got.  Results in $PROBE_OUT."""

import json
import os
import traceback

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QComboBox

out = {}


def done(ok=True):
    with open(os.environ["PROBE_OUT"], "w") as fh:
        json.dump(out, fh)
    os._exit(0 if ok else 1)


def guard(fn):
    def run(*args):
        try:
            fn(*args)
        except Exception:
            out["error"] = traceback.format_exc()
            done(False)

    return run


def widgets(dialog):
    from qgis.PyQt.QtWidgets import QDateTimeEdit

    models = dialog.findChild(QComboBox, "clearsky_model")
    dates = dialog.findChildren(QDateTimeEdit)  # QGIS's date widgets (QgsDateEdit…) derive from it
    return {
        "models": [models.itemText(i) for i in range(models.count())] if models else None,
        "model_editable": bool(models and models.isEditable()),
        "date_pickers": [w.displayFormat() for w in dates],
    }


@guard
def open_dialogs(step=0):
    import processing

    names = ["clearsky:downloadcomposite", "clearsky:placeorder"]
    if step == len(names):
        done(True)
        return
    dialog = processing.createAlgorithmDialog(names[step], {})
    dialog.resize(900, 760)
    dialog.show()

    @guard
    def shoot():
        QApplication.processEvents()
        name = names[step].split(":")[1]
        dialog.grab().save(os.path.join(os.environ["PROBE_SHOTS"], f"processing-{name}.png"))
        out[name] = widgets(dialog)
        dialog.close()
        open_dialogs(step + 1)

    QTimer.singleShot(2500, shoot)  # the model list arrives from the API in a task


QTimer.singleShot(2000, open_dialogs)
