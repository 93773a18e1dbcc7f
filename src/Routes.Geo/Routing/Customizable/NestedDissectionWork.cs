using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// The pieces of a nested dissection still to cut, shared by a few threads: each takes the newest piece (depth first, so
/// memory stays near one path of the dissection), cuts it with its own <see cref="VertexCut"/> and adds what it leaves.
/// </summary>
internal sealed class NestedDissectionWork(int threads)
{
    private readonly Stack<(int[] Piece, int Low)> _pending = new();
    private readonly ConcurrentBag<VertexCut> _spareCuts = [];
    private readonly object _gate = new();
    private int _busy;
    private Exception? _failure;

    /// <summary>How many threads cut pieces.</summary>
    public int Threads { get; } = threads;

    /// <summary>Threads waiting for a piece now: a piece may use them for its directions.</summary>
    public int Idle
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count == 0 ? Threads - _busy : 0;
            }
        }
    }

    /// <summary>Adds a piece whose ranks start at <paramref name="low"/>.</summary>
    public void Add(int[] piece, int low)
    {
        lock (_gate)
        {
            _pending.Push((piece, low));
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>A cut for one direction of a piece cut in parallel; give it back with <see cref="ReturnCut"/>.</summary>
    public VertexCut BorrowCut() => _spareCuts.TryTake(out VertexCut? cut) ? cut : new VertexCut();

    /// <summary>Gives back a cut from <see cref="BorrowCut"/>, to be reused.</summary>
    public void ReturnCut(VertexCut cut) => _spareCuts.Add(cut);

    /// <summary>Cuts every piece, those added by <paramref name="cut"/> too, and returns when none is left; rethrows a thread's failure.</summary>
    public void Run(Action<int[], int, VertexCut> cut)
    {
        var workers = new Thread[Threads - 1];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(() => Work(cut)) { IsBackground = true, Name = "nested dissection" };
            workers[i].Start();
        }

        Work(cut);
        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        if (_failure is not null)
        {
            ExceptionDispatchInfo.Capture(_failure).Throw();
        }
    }

    private void Work(Action<int[], int, VertexCut> cut)
    {
        var own = new VertexCut();
        while (true)
        {
            (int[] Piece, int Low) next;
            lock (_gate)
            {
                // Done when nothing is pending and no thread can add more; a failure stops everyone.
                while (_pending.Count == 0 && _busy > 0 && _failure is null)
                {
                    Monitor.Wait(_gate);
                }

                if (_pending.Count == 0 || _failure is not null)
                {
                    Monitor.PulseAll(_gate);
                    return;
                }

                next = _pending.Pop();
                _busy++;
            }

            try
            {
                cut(next.Piece, next.Low, own);
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _failure ??= e;
                }
            }
            finally
            {
                lock (_gate)
                {
                    _busy--;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
