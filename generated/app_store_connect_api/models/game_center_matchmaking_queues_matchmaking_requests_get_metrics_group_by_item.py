from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesMatchmakingRequestsGetMetricsGroupByItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    RESULT = "result"
