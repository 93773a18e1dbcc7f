namespace Routes.Geo.Profiles;

/// <summary>
/// The car's turn costs, as OSRM's car.lua and its obstacles (v6) model them: at a real junction (more than two roads)
/// or a U-turn, a sigmoid of the turn angle up to <see cref="TurnPenaltySeconds"/>, cheaper to the right than to the left
/// by <see cref="TurnBias"/> (right-hand traffic); a U-turn adds <see cref="UTurnPenaltySeconds"/>; passing a node tagged
/// <c>highway=traffic_signals</c>, <c>stop</c> or <c>give_way</c> adds its delay, in the node's <c>direction</c> only.
/// </summary>
public partial class CarProfile
{
    private static readonly HashSet<KeyValuePair<string, string>> Obstacles =
    [
        new("highway", "traffic_signals"), new("highway", "stop"), new("highway", "give_way"),
    ];

    private static readonly HashSet<string> ContextKeys = new(StringComparer.Ordinal) { "highway", "direction", "traffic_signals:direction", "stop" };

    /// <inheritdoc />
    public override bool HasTurnCosts => true;

    /// <summary>The largest cost of a turn by its angle, seconds (OSRM car.lua's <c>turn_penalty</c>, 7.5).</summary>
    public virtual double TurnPenaltySeconds => 7.5;

    /// <summary>How much cheaper a right turn is than a left one (OSRM's <c>turn_bias</c>, 1.075); inverted for <see cref="LeftHandTraffic"/>.</summary>
    public virtual double TurnBias => 1.075;

    /// <summary>Whether traffic keeps left (left turns are then the cheap ones). False: the encirclement's France and Belgium keep right.</summary>
    public virtual bool LeftHandTraffic => false;

    /// <summary>Added to a U-turn (only allowed at a dead end), seconds (OSRM's <c>u_turn_penalty</c>, 20).</summary>
    public virtual double UTurnPenaltySeconds => 20;

    /// <summary>Delay passing <c>highway=traffic_signals</c>, seconds (OSRM's <c>traffic_signal_penalty</c>, 2).</summary>
    public virtual double TrafficSignalSeconds => 2;

    /// <summary>Delay passing <c>highway=stop</c>, seconds (OSRM obstacles: 2); <c>stop=minor</c> only when entering by a slower road.</summary>
    public virtual double StopSeconds => 2;

    /// <summary>Delay passing <c>highway=give_way</c>, seconds (OSRM obstacles: 1).</summary>
    public virtual double GiveWaySeconds => 1;

    /// <inheritdoc />
    public override IReadOnlySet<KeyValuePair<string, string>> NodeTagValues => Obstacles;

    /// <inheritdoc />
    public override IReadOnlySet<string> NodeContextKeys => ContextKeys;

    /// <inheritdoc />
    public override double TurnSeconds(in TurnDescription turn)
    {
        double seconds = turn.NodeTags is { } tags ? ObstacleSeconds(tags, turn) : 0;
        if (turn.RoadCount > 2 || turn.IsUTurn)
        {
            double bias = LeftHandTraffic ? 1 / TurnBias : TurnBias;
            double angle = turn.IsUTurn ? 180 : turn.AngleDegrees;
            double exponent = angle >= 0 ? (13 / bias * angle / 180) - (6.5 * bias) : (13 * bias * -angle / 180) - (6.5 / bias);
            seconds += TurnPenaltySeconds / (1 + Math.Exp(-exponent));
            if (turn.IsUTurn)
            {
                seconds += UTurnPenaltySeconds;
            }
        }

        return seconds;
    }

    // The delay of a signal, stop or give-way on the vertex, if it applies in the direction arrived from.
    private double ObstacleSeconds(IReadOnlyDictionary<string, string> tags, in TurnDescription turn)
    {
        string? highway = tags.Get("highway");
        double seconds = highway switch
        {
            "traffic_signals" => TrafficSignalSeconds,
            "stop" => StopSeconds,
            "give_way" => GiveWaySeconds,
            _ => 0,
        };
        if (seconds == 0)
        {
            return 0;
        }

        string? direction = (highway == "traffic_signals" ? tags.Get("traffic_signals:direction") : null) ?? tags.Get("direction");
        bool directed = direction is "forward" or "backward";
        if (directed && (direction == "forward") != turn.AlongWay)
        {
            return 0;
        }

        if (highway == "stop" && tags.Get("stop") == "minor" && !turn.FromSlowerRoad)
        {
            return 0;
        }

        // OSRM's rule for a sign without a direction on a road going on: one within 20 m of the last vertex faces away.
        bool leavingJunction = turn.RoadCount == 2 && turn.IncomingLengthMetres < 20 && turn.OutgoingLengthMetres > 20;
        return highway != "traffic_signals" && !directed && leavingJunction ? 0 : seconds;
    }
}
