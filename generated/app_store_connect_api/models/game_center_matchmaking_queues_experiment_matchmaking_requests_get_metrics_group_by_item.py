from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    RESULT = "result"
