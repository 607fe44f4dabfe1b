"""What a workshop uses besides the map: the parking lot and the tally of a dot vote."""

from cxdesigner.ui.workshop.install import install_workshop_panels
from cxdesigner.ui.workshop.parking_lot import ParkingLot
from cxdesigner.ui.workshop.tally import VoteTally

__all__ = ["ParkingLot", "VoteTally", "install_workshop_panels"]
