from ..types import OpenStrEnum


class NominationsGetCollectionSortItem(OpenStrEnum):
    LASTMODIFIEDDATE = "lastModifiedDate"
    NAME = "name"
    PUBLISHENDDATE = "publishEndDate"
    PUBLISHSTARTDATE = "publishStartDate"
    TYPE = "type"
    VALUE_1 = "-lastModifiedDate"
    VALUE_3 = "-publishStartDate"
    VALUE_5 = "-publishEndDate"
    VALUE_7 = "-name"
    VALUE_9 = "-type"
