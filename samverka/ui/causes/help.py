"""Short method help shown from the cause page: routine activity theory and the five views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def routine_activity_text() -> str:
    return QCoreApplication.translate(
        "CauseHelp",
        "<h3>Rutinaktivitetsteorin och problemtriangeln</h3>"
        "<p>Ett brott sker när en <b>motiverad gärningsperson</b> och ett <b>lämpligt offer eller mål</b> möts "
        "på samma <b>plats</b> vid samma tid, utan någon som kan förhindra det.</p>"
        "<p>Den utvidgade problemtriangeln lägger till en yttre ring av kontrollanter: "
        "<b>handledaren</b> (föräldrar, fältassistenter, socialtjänst) påverkar gärningspersonen, "
        "den <b>kapabla väktaren</b> (ordningsvakter, personal, förbipasserande) skyddar offret eller målet, och "
        "den <b>platsansvarige</b> (fastighetsägare, Tekniska förvaltningen, krögare) ansvarar för platsen.</p>"
        "<p>Placera varje orsak på den sida den handlar om. Ett problem bryts när minst en sida bryts – ofta "
        "genom att en kontrollant gör något nytt. Förslagen bland de 25 situationella teknikerna utgår från "
        "orsakens sida och kontrollant.</p>"
        "<h3>De fem vyerna</h3>"
        "<p><b>Fiskbenet</b> sorterar orsakerna på Brås ben (brottsutsatt, gärningsperson, objekt/plats) och "
        "egna ben. <b>Händelsekedjan</b> ordnar vad som händer före, under och efter händelsen – kedjan kan "
        "brytas tidigt. <b>Orsaksträdet</b> visar direkta orsaker överst och indirekta under dem. "
        "<b>5 varför</b> är ett komplement, inte ett av Brås verktyg: fråga varför tills ni når en grundorsak. "
        "Alla vyer visar samma orsaker.</p>"
        "<p>Snabbt: skriv i raden nederst och tryck Enter (Tab = underorsak). Piltangenter byter orsak, F2 "
        "redigerar, Delete tar bort, Ctrl+Z ångrar. Dra en orsak till en annan för att lägga den under den, "
        "eller till en sida eller ett ben för att flytta den dit. I händelsekedjan flyttar Alt+pil vänster/höger "
        "orsaken till fasen före/efter och Alt+pil upp/ner inom fasen.</p>",
    )


def show_help(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("CauseHelp", "Om orsaksanalysen"))
    box.setText(routine_activity_text())
    box.setIcon(QMessageBox.Icon.Information)
    box.setModal(False)
    box.show()
    return box
