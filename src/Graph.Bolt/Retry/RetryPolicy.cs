using System.Runtime.ExceptionServices;

namespace Graph.Bolt.Retry;

/// <summary>
/// The official drivers' managed-transaction retry: retry what <see cref="Neo4jException.IsRetriable"/> allows,
/// sleeping d·(1±jitter) with d starting at the initial delay and multiplied after each retry, until more than the
/// maximum retry time has passed since the first failure.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly TimeSpan _maxRetryTime;
    private readonly TimeSpan _initialDelay;
    private readonly double _multiplier;
    private readonly double _jitter;
    private readonly TimeProvider _time;
    private readonly Func<double> _random;

    public RetryPolicy(BoltDriverOptions options)
    {
        _maxRetryTime = options.MaxTransactionRetryTime;
        _initialDelay = options.InitialRetryDelay;
        _multiplier = options.RetryDelayMultiplier;
        _jitter = options.RetryDelayJitter;
        _time = options.TimeProvider;
        _random = options.RandomSource;
    }

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        long? firstFailure = null;
        var delay = _initialDelay;
        while (true)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsRetriable)
            {
                firstFailure ??= _time.GetTimestamp();
                if (_time.GetElapsedTime(firstFailure.Value) > _maxRetryTime)
                {
                    ExceptionDispatchInfo.Throw(e);
                }
            }

            double factor = 1 + (_jitter * ((2 * _random()) - 1));
            await Task.Delay(delay * factor, _time, cancellationToken).ConfigureAwait(false);
            delay *= _multiplier;
        }
    }
}
