using Graph.Store.Internal;
using Microsoft.Data.Sqlite;

namespace Graph.Store;

/// <summary>
/// The embedded store of record (SQLite). Articles are ingested one transaction each, so a crash never
/// leaves half an article; sinks read it through <see cref="Graph.Model.IGraphSource"/>.
/// </summary>
public sealed partial class GraphStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private GraphStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens the store at <paramref name="path"/>, creating it (and its folder) when missing.</summary>
    /// <exception cref="StoreException">The file is not a graph store, or its schema version differs.</exception>
    public static GraphStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON;");
            EnsureSchema(connection, path);
            return new GraphStore(connection, path);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a usable graph store ({ex.SqliteErrorCode switch
            {
                26 => "file is not a database",
                8 => "file is read-only",
                _ => ex.Message,
            }})", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static void EnsureSchema(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, Schema.Create, transaction);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        string? version = read.ExecuteScalar() as string;
        if (version is null)
        {
            using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = "INSERT INTO meta (key, value) VALUES ('schema_version', $v)";
            write.Parameters.AddWithValue("$v", Schema.Version);
            write.ExecuteNonQuery();
        }
        else if (version != Schema.Version)
        {
            throw new StoreException($"{path}: store schema version {version} is not supported (expected {Schema.Version})");
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
