using System.Diagnostics;
using System.Text;
using Graph.View.Data;
using Graph.View.Static;

namespace Graph.View.Benchmarks;

/// <summary>
/// The self-contained file <c>graph view --out</c> writes, for the whole graph or around one entity
/// (<c>--around NAME --depth N</c>): the name resolved, the subgraph selected and the page written, timed, and the
/// file's size.
/// </summary>
internal static class StaticPageProbe
{
    /// <summary>Writes the page to <paramref name="file"/> (deleted afterwards); <paramref name="around"/> null for the whole graph.</summary>
    public static StaticPage Run(ViewGraph graph, string? around, int depth, string file)
    {
        var watch = Stopwatch.StartNew();
        var centre = around is null ? null : graph.Resolve(around);
        var part = graph.Subgraph(new SubgraphScope(centre, depth, null));
        using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = "\n" })
        {
            StaticPageWriter.Write(writer, part);
        }

        double seconds = watch.Elapsed.TotalSeconds;
        long bytes = new FileInfo(file).Length;
        File.Delete(file);
        string scope = centre is null ? "whole graph" : $"{depth} hops around {centre.Name}";
        return new StaticPage(scope, bytes, seconds, part.Entities.Count, part.Relations.Count);
    }
}
