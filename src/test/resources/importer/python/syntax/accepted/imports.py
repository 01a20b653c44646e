import a.b as c, d
from . import x
from ..m import (a as b, c,)
from m import *
