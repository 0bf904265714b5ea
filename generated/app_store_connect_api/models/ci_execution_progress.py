from ..types import OpenStrEnum


class CiExecutionProgress(OpenStrEnum):
    COMPLETE = "COMPLETE"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
