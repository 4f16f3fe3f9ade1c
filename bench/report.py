"""Turns bench.py's results into report.md: the figures, the ratios against nginx and the bare
cpp-httplib server of the same run, and each target of issue 7 marked met or missed."""
import pathlib
import statistics


def mb(kb):
    return f"{kb / 1024:.1f} MB" if kb else "-"


def ms(us):
    return f"{us / 1000:.2f} ms"


def row(cells):
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def verdict(met):
    return "met" if met else "**missed**"


def table(header, rows):
    lines = [row(header), row(["---"] * len(header))]
    lines += [row(cells) for cells in rows]
    return "\n".join(lines)


def wrk_cells(result):
    served = result.get("served_connections")
    return [f"{result['rps']:,.0f}", ms(result["p50_us"]), ms(result["p99_us"]),
            "-" if served is None else f"{served}/{result['connections']}"]


def section_failed(results, name):
    entry = results.get(name)
    if entry is None:
        return "_not run_"
    if "failed" in entry:
        return f"_failed: {entry['failed']}_"
    if "skipped" in entry:
        return f"_skipped: {entry['skipped']}_"
    return None


def write_report(results, out_dir):
    machine = results["machine"]
    load = ", ".join(f"{value:.1f}" for value in machine["load_average_at_start"])
    parts = ["# smsim benchmark report", "",
             f"{machine['cpus']} CPUs, Linux {machine['kernel']}, {machine['wrk']}, "
             f"{machine['nginx']}; load average at start {load}. wrk runs of {results['duration_s']} s, "
             "`wrk -t2` at 32 connections (`-t1` at 1). smsim runs with `--log-level warn` unless "
             "a row says info.", ""]
    targets = []

    parts += ["## Start-up to first successful response", ""]
    startup = results.get("startup")
    if problem := section_failed(results, "startup"):
        parts.append(problem)
    else:
        parts.append(table(["server", "median", "min", "RSS then"],
                           [[name, f"{r['median_ms']:.1f} ms", f"{r['min_ms']:.1f} ms",
                             mb(r["rss_kb"])] for name, r in startup.items()]))
        targets.append(("start-up no slower than nginx's",
                        f"{startup['smsim']['median_ms']:.1f} ms vs {startup['nginx']['median_ms']:.1f} ms",
                        startup["smsim"]["median_ms"] <= startup["nginx"]["median_ms"]))
    parts.append("")

    parts += ["## PutOptedOutNumber", ""]
    put = results.get("put")
    if problem := section_failed(results, "put"):
        parts.append(problem)
    else:
        rows = []
        for name in ("nginx", "bare_httplib", "bare_httplib_64_threads", "smsim_warn", "smsim_info"):
            if name not in put:
                continue
            for level in ("c1", "c32"):
                result = put[name][level]
                rows.append([name, level[1:], *wrk_cells(result),
                             f"{result['rps'] / put['nginx'][level]['rps']:.2f}",
                             f"{result['rps'] / put['bare_httplib'][level]['rps']:.2f}",
                             mb(put[name]["peak_rss_kb"]) if level == "c32" else ""])
        parts.append(table(["server", "connections", "req/s", "p50", "p99", "served",
                            "x nginx", "x bare", "peak RSS"], rows))
        repeats = put["smsim_vs_bare_repeats"]
        ratios = sorted(pair["ratio"] for pair in repeats)
        median_ratio = ratios[len(ratios) // 2]
        parts += ["", "smsim / bare cpp-httplib at 32 connections, alternating runs: "
                  + ", ".join(f"{pair['smsim_rps']:,.0f} / {pair['bare_rps']:,.0f} = "
                              f"{pair['ratio']:.2f}" for pair in repeats)
                  + f" (median {median_ratio:.2f})."]
        smsim32 = put["smsim_warn"]["c32"]
        targets += [
            ("PutOptedOutNumber at 32 connections >= 0.9x bare cpp-httplib",
             f"{median_ratio:.2f}x (median of {len(ratios)})", median_ratio >= 0.9),
            ("p99 under 2 ms at 32 connections", ms(smsim32["p99_us"]), smsim32["p99_us"] < 2000),
            ("peak RSS under 20 MB for that load", mb(put["smsim_warn"]["peak_rss_kb"]),
             put["smsim_warn"]["peak_rss_kb"] < 20 * 1024),
            ("info logging (the default) costs", f"{put['smsim_info']['c32']['rps']:,.0f} vs "
             f"{smsim32['rps']:,.0f} req/s at warn", None)]
    parts.append("")

    parts += ["## Seeding 1,000,000 opted-out numbers from a scenario", ""]
    seed = results.get("seed")
    if problem := section_failed(results, "seed"):
        parts.append(problem)
    else:
        rows = [[label, f"{entry['file_bytes'] / 1e6:.1f} MB", f"{entry['startup_ms']:.0f} ms",
                 f"{entry['load_ms']:.0f} ms", mb(entry["rss_kb"]), mb(entry["hwm_kb"])]
                for label, entry in seed.items() if label != "empty_baseline"]
        parts.append(table(["seed form", "file", "first response", "load (minus empty start)",
                            "RSS then", "peak RSS"], rows))
        ranged = seed["range"]
        targets.append(("1,000,000 numbers seeded in under 2 s, held in under 200 MB",
                        f"{ranged['startup_ms'] / 1000:.2f} s, {mb(ranged['rss_kb'])} "
                        f"(explicit list: {seed['explicit_list']['startup_ms'] / 1000:.2f} s, "
                        f"{mb(seed['explicit_list']['hwm_kb'])} peak)",
                        ranged["startup_ms"] < 2000 and ranged["rss_kb"] < 200 * 1024))
    parts.append("")

    parts += ["## DescribeOptedOutNumbers, first 100-number page", ""]
    describe = results.get("describe")
    if problem := section_failed(results, "describe"):
        parts.append(problem)
    else:
        rows = [[f"{int(count):,}", level[1:], *wrk_cells(entry[level])]
                for count, entry in describe.items() for level in ("c1", "c32")]
        parts.append(table(["numbers in list", "connections", "req/s", "p50", "p99", "served"], rows))
        ratio = describe["1000000"]["c32"]["rps"] / describe["1000"]["c32"]["rps"]
        targets.append(("DescribeOptedOutNumbers independent of list size",
                        f"1M / 1k throughput = {ratio:.2f}", 0.85 <= ratio <= 1.15))
    parts.append("")

    parts += ["## SendTextMessage", ""]
    send = results.get("send")
    if problem := section_failed(results, "send"):
        parts.append(problem)
    else:
        parts.append(table(["connections", "req/s", "p50", "p99", "served"],
                           [[level[1:], *wrk_cells(send[level])] for level in ("c1", "c32")]))
        parts += ["", f"Peak RSS {mb(send['peak_rss_kb'])} (the outbox is bounded too)."]
    parts.append("")

    parts += ["## Convoso SMS opt-out search", ""]
    convoso = results.get("convoso")
    if problem := section_failed(results, "convoso"):
        parts.append(problem)
    else:
        rows = []
        for count, entry in convoso.items():
            for query in ("page", "by_number"):
                for level in ("c1", "c32"):
                    rows.append([f"{entry['records']:,}", query, level[1:],
                                 *wrk_cells(entry[query][level])])
        parts.append(table(["records", "query", "connections", "req/s", "p50", "p99", "served"],
                           rows))
        parts += ["", "Filled through `/v1/sms-opt-out/insert` (no Convoso seed yet): "
                  + ", ".join(f"{entry['insert_rate_per_s']:,.0f} inserts/s to {int(count):,}"
                              f" (RSS {mb(entry['rss_kb'])})" for count, entry in convoso.items())]
        for query in ("page", "by_number"):
            ratio = convoso["1000000"][query]["c32"]["rps"] / convoso["1000"][query]["c32"]["rps"]
            targets.append((f"Convoso search ({query}) independent of list size",
                            f"1M / 1k throughput = {ratio:.2f}", 0.85 <= ratio <= 1.15))
    parts.append("")

    parts += ["## The journal over a soak", ""]
    journal = results.get("journal")
    if problem := section_failed(results, "journal"):
        parts.append(problem)
    else:
        samples = journal["default_capacity"]["rss_kb_after_each_window"]
        parts.append("RSS after each window of PutOptedOutNumber at 32 connections (default "
                     f"`--journal-capacity` 10000, {journal['default_capacity']['journal_entries']} "
                     "entries kept): " + ", ".join(mb(kb) for kb in samples) + ".")
        parts += ["", table(["--journal-capacity", "RSS after one window", "peak RSS"],
                            [[name.split("_")[1], mb(entry["rss_kb"]), mb(entry["peak_rss_kb"])]
                             for name, entry in journal.items() if name.startswith("capacity_")])]
        growth = samples[-1] - samples[1]
        targets.append(("the journal bounded: RSS flat over the soak",
                        f"{mb(samples[1])} after the first window, {mb(samples[-1])} after the last",
                        growth < 2 * 1024))
    parts.append("")

    parts += ["## callgrind: instructions per request", ""]
    callgrind = results.get("callgrind")
    if problem := section_failed(results, "callgrind"):
        parts.append(problem)
    else:
        rows = [[name, f"{entry['instructions_per_request']:,.0f}" if "instructions_per_request"
                 in entry else entry.get("skipped", "")] for name, entry in callgrind.items()]
        parts.append(table(["request", "instructions (Ir) per request"], rows))
        if "instructions_per_request" in callgrind.get("bare_httplib_Put", {}) and \
                "instructions_per_request" in callgrind.get("PutOptedOutNumber", {}):
            ratio = (callgrind["bare_httplib_Put"]["instructions_per_request"]
                     / callgrind["PutOptedOutNumber"]["instructions_per_request"])
            parts += ["", f"bare cpp-httplib / smsim instructions for PutOptedOutNumber: {ratio:.2f}"]
    parts.append("")

    parts += ["## PutOptedOutNumber with the dashboard open", ""]
    dashboard = results.get("dashboard")
    if problem := section_failed(results, "dashboard"):
        parts.append(problem)
    else:
        runs = dashboard["runs"]
        parts.append(table(
            ["run", "c32 without", f"c32 with {dashboard['tabs']} tabs", "ratio", "c1 without",
             "c1 with", "ratio", "smsim threads with tabs", "tabs' last refresh (ms ago)"],
            [[str(i + 1), f"{r['without']['32']['rps']:,.0f}", f"{r['with_tabs']['32']['rps']:,.0f}",
              f"{r['ratio_c32']:.3f}", f"{r['without']['1']['rps']:,.0f}",
              f"{r['with_tabs']['1']['rps']:,.0f}", f"{r['ratio_c1']:.3f}",
              str(r["threads_with_tabs"]), r["tabs_still_polling"].replace("last refresh ages ms: ", "")]
             for i, r in enumerate(runs)]))
        median32 = statistics.median(r["ratio_c32"] for r in runs)
        median1 = statistics.median(r["ratio_c1"] for r in runs)
        targets.append((f"PutOptedOutNumber within 5% with the dashboard open in {dashboard['tabs']} tabs",
                        f"median ratio {median32:.3f} at 32 connections, {median1:.3f} at 1",
                        min(median32, median1) >= 0.95))
        if grind := dashboard.get("callgrind"):
            parts += ["", f"smsim's own instructions (callgrind), {grind['requests']} calls each way:", "",
                      table(["measure", "Ir"],
                            [["per PutOptedOutNumber, no tab open", f"{grind['ir_per_put_without']:,.0f}"],
                             [f"per PutOptedOutNumber, {dashboard['tabs']} tabs polling meanwhile",
                              f"{grind['ir_per_put_with_tabs']:,.0f}"],
                             ["per poll call (idle window, less the idle baseline)",
                              f"{grind['ir_per_poll_call']:,.0f}"],
                             [f"per second, {dashboard['tabs']} tabs polling", f"{grind['ir_per_second_of_polling']:,.0f}"]])]
    parts.append("")

    parts += ["## Targets", "", table(
        ["target", "measured", "verdict"],
        [[name, measured, "-" if met is None else verdict(met)] for name, measured, met in targets])]
    report = "\n".join(parts) + "\n"
    (pathlib.Path(out_dir) / "report.md").write_text(report)
    return report
