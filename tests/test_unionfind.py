from annalyst.unionfind import UnionFind


def test_unionfind_first_argument_root_stays():
    sets = UnionFind(["kel", "varo", "amsi", "tor"])
    sets.union("varo", "kel")
    sets.union("tor", "kel")
    assert sets.find("kel") == "tor" and sets.find("varo") == "tor"
    assert sets.groups() == {"tor": ["kel", "varo", "tor"], "amsi": ["amsi"]}


def test_unionfind_least_root_whatever_the_order():
    sets = UnionFind(range(5), least=True)
    sets.union(4, 2)
    sets.union(3, 4)
    sets.union(1, 0)
    assert [sets.find(i) for i in range(5)] == [0, 0, 2, 2, 2]
