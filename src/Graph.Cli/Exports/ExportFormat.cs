using Graph.Model;

namespace Graph.Cli.Exports;

/// <summary>One way to write the stored graph to a file.</summary>
/// <param name="Name">Name on the command line (<c>--format</c>).</param>
/// <param name="FileName">File name used by <c>graph build</c> in the output folder.</param>
/// <param name="Write">Writes the graph.</param>
internal sealed record ExportFormat(string Name, string FileName, Action<IGraphSource, TextWriter, ExportOptions> Write);
