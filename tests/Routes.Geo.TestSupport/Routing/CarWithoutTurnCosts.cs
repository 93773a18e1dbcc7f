using Routes.Geo.Profiles;

namespace Routes.Geo.TestSupport;

/// <summary>The car before turn costs: every turn free, so a graph without restrictions may have a junction hierarchy.</summary>
public sealed class CarWithoutTurnCosts : CarProfile
{
    /// <inheritdoc />
    public override bool HasTurnCosts => false;
}
