#!/usr/bin/python3
"""Times networkx and igraph reading and writing one GraphML file, for bench/run.sh.

    /usr/bin/python3 bench/graphml_python.py GRAPH.graphml SCRATCH_DIR

Prints "name value" lines: nx_read_s, nx_write_s, ig_read_s, ig_write_s (CPU seconds) and the
node and edge counts each library saw (Debian's python3-networkx and python3-igraph). When
igraph cannot write the graph, ig_write_error instead of ig_write_s.
"""
import os
import sys
import time

import igraph
import networkx


def timed(fn, *args):
    """fn(*args) and the CPU seconds it took (the machine may be shared; kg_bench also
    reports CPU seconds)."""
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


def main():
    path, scratch = sys.argv[1], sys.argv[2]
    g, seconds = timed(networkx.read_graphml, path)
    print("nx_read_s", seconds)
    print("nx_nodes", g.number_of_nodes())
    print("nx_edges", g.number_of_edges())
    _, seconds = timed(networkx.write_graphml, g, os.path.join(scratch, "nx.graphml"))
    print("nx_write_s", seconds)
    del g
    g, seconds = timed(igraph.Graph.Read_GraphML, path)
    print("ig_read_s", seconds)
    print("ig_nodes", g.vcount())
    print("ig_edges", g.ecount())
    try:
        _, seconds = timed(g.write_graphml, os.path.join(scratch, "ig.graphml"))
        print("ig_write_s", seconds)
    except igraph.InternalError as error:
        # igraph 0.10.2 (Debian 12) rejects some long strings with "Forbidden control character
        # 0x01 found in igraph_i_xml_escape" although they hold none (even "a" * 4000).
        print("ig_write_error", str(error).splitlines()[0])


if __name__ == "__main__":
    main()
