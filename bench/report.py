#!/usr/bin/python3
"""Turns the "key value" lines bench/run.sh collected into a Markdown report.

    report.py RAW "10 100" "1 2"
"""
import sys


def load(path):
    raw = {}
    for line in open(path, encoding="utf-8"):
        key, _, value = line.rstrip("\n").partition(" ")
        raw[key] = value
    return raw


class Figures:
    def __init__(self, raw):
        self.raw = raw

    def num(self, key):
        return float(self.raw[key])

    def has(self, key):
        return key in self.raw

    def mb(self, size):
        return self.num(f"c{size}_bytes") / 1e6

    def cpu(self, key):
        return self.num(key + "_user") + self.num(key + "_sys")


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def extraction_rows(f, sizes, threads):
    rows = []
    for s in sizes:
        for t in threads:
            e, b = f"c{s}_t{t}_extract", f"c{s}_t{t}_build"
            wall, mb, words = f.num(e + "_wall"), f.mb(s), f.num(f"c{s}_words")
            rows.append([f"{mb:.1f} MB", t, f"{wall:.1f}", f"{mb / wall:.2f}", f"{mb / wall / int(t):.2f}",
                         f"{words / wall / int(t):,.0f}", f"{mb / f.cpu(e):.2f}", f"{f.num(b + '_wall'):.1f}",
                         f"{f.num(b + '_rss') / 1e3:.0f}", f"{f.num(b + '_rss') * 1e3 / f.num(f'c{s}_bytes'):.2f}",
                         f.raw[f"c{s}_t{t}_identical"]])
    return table(["corpus", "threads", "extract s", "MB/s", "MB/s per core", "words/s per core",
                  "MB per CPU-s", "build s", "build peak RSS MB", "RSS / corpus", "same GraphML as 1 thread"], rows)


def graph_rows(f, sizes):
    rows = []
    for s in sizes:
        g = f"g{s}_"
        size = f.num(g + "graphml_bytes") / 1e6
        read, layout = f.num(g + "read_cpu_s"), f.num(g + "layout_cpu_s")
        write = f.num(g + "write_cpu_s")
        rows.append([f"{f.mb(s):.0f} MB", f"{f.num(g + 'nodes'):,.0f}", f"{f.num(g + 'edges'):,.0f}", f"{size:.1f}",
                     f"{read:.2f} ({size / read:.1f} MB/s)", f"{layout:.2f}",
                     f"{write:.2f} ({size / write:.0f} MB/s)", f"{f.num(g + 'export_wall'):.1f}",
                     f"{f.num(g + 'export_rss') / 1e3:.0f}", f"{f.num(g + 'query_wall'):.2f}"])
    return table(["corpus", "nodes", "edges", "GraphML MB", "read CPU s", "layout CPU s",
                  "write CPU s (layout given, to a file)", "`kgraph export` wall s", "`export` peak RSS MB",
                  "`neighbours --depth 2` CLI wall s"], rows)


def python_rows(f, sizes):
    rows = []
    for s in sizes:
        g = f"g{s}_"
        read = f.num(g + "read_cpu_s")
        write = f.num(g + "write_cpu_s")
        ig_write = (f"{f.num(g + 'ig_write_s'):.2f} ({f.num(g + 'ig_write_s') / write:.1f}x)"
                    if f.has(g + "ig_write_s") else "failed (" + f.raw.get(g + "ig_write_error", "?").split(": ")[-1] + ")")
        rows.append([f"{f.mb(s):.0f} MB", f"{read:.2f}", f"{f.num(g + 'nx_read_s'):.2f} ({f.num(g + 'nx_read_s') / read:.2f}x)",
                     f"{f.num(g + 'ig_read_s'):.2f} ({f.num(g + 'ig_read_s') / read:.2f}x)", f"{write:.2f}",
                     f"{f.num(g + 'nx_write_s'):.2f} ({f.num(g + 'nx_write_s') / write:.1f}x)", ig_write])
    return table(["graph of", "kgraph read CPU s", "networkx read CPU s (x kgraph)", "igraph read CPU s (x kgraph)",
                  "kgraph write CPU s", "networkx write CPU s (x kgraph)", "igraph write CPU s (x kgraph)"], rows)


def query_rows(f, sizes):
    rows = []
    for s in sizes:
        g = f"g{s}_neighbours2_"
        rows.append([f"{f.mb(s):.0f} MB", f"{f.num(g + 'queries'):,.0f}", f"{f.num(g + 'mean_results'):,.0f}",
                     f"{f.num(g + 'median_us'):,.0f}", f"{f.num(g + 'p99_us'):,.0f}", f"{f.num(g + 'max_us'):,.0f}",
                     f"{f.raw[g + 'hub']}, degree {f.num(g + 'hub_degree'):,.0f}: {f.num(g + 'hub_us'):,.0f} µs "
                     f"({f.num(g + 'hub_results'):,.0f} results)"])
    return table(["graph of", "queries", "mean results", "median µs", "p99 µs", "max µs", "hub"], rows)


def main():
    f = Figures(load(sys.argv[1]))
    sizes, threads = sys.argv[2].split(), sys.argv[3].split()
    print(f"Machine: {f.raw['nproc']} cores ({f.raw['cpu']}), date {f.raw['date']}, commit {f.raw['commit']}, "
          f"load average (1, 5, 15 min) {f.raw['load']} at the start, {f.raw['load_end']} at the end.\n")
    print(table(["corpus", "documents", "words"],
                [[f"{f.mb(s):.1f} MB", f"{f.num(f'c{s}_docs'):,.0f}", f"{f.num(f'c{s}_words'):,.0f}"] for s in sizes]))
    print("\n### Extraction and build\n")
    print(extraction_rows(f, sizes, threads))
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for t in threads:
            ratio = f.num(f"c{large}_t{t}_build_wall") / f.num(f"c{small}_t{t}_build_wall")
            print(f"\n{t} thread(s): the {large} MB build took {ratio:.1f}x the time of the {small} MB build "
                  f"(corpus {f.mb(large) / f.mb(small):.1f}x).")
    print("\n### Graphs: GraphML and layout (in process, kg_bench)\n")
    print(graph_rows(f, sizes))
    print("\n### networkx and igraph on the same GraphML\n")
    print(python_rows(f, sizes))
    print("\n### Depth-2 neighbours (in process)\n")
    print(query_rows(f, sizes))


if __name__ == "__main__":
    main()
