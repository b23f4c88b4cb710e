using System.ComponentModel;
using Graph.Neo4j;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands.Neo4j;

/// <summary>Arguments of <c>graph push</c>; <c>graph build</c> takes the same to push after ingesting.</summary>
internal class PushSettings : Neo4jSettings
{
    /// <summary>The SQLite store file.</summary>
    [CommandOption("--store <FILE>")]
    [Description("The store file (SQLite). Default: graph.db")]
    [DefaultValue("graph.db")]
    public string Store { get; init; } = "graph.db";

    /// <summary>Rows per write transaction.</summary>
    [CommandOption("--batch-size <N>")]
    [Description("Rows per write transaction. Default: 1000")]
    [DefaultValue(GraphBatches.DefaultBatchSize)]
    public int BatchSize { get; init; } = GraphBatches.DefaultBatchSize;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        BatchSize < 1 ? ValidationResult.Error("--batch-size must be at least 1") : base.Validate();
}
