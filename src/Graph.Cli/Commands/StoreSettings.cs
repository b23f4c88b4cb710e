using System.ComponentModel;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Settings shared by the commands that use the store.</summary>
internal class StoreSettings : CommandSettings
{
    /// <summary>The SQLite store file.</summary>
    [CommandOption("--store <FILE>")]
    [Description("The store file (SQLite). Default: graph.db")]
    [DefaultValue("graph.db")]
    public string Store { get; init; } = "graph.db";
}
