namespace Slipway.Core.Configuration;

/// <summary>
/// The names of the API gate's rules, as <c>api.rules</c> and <c>api.allow</c> name them. Where
/// crdify (kubernetes-sigs/crdify) has a rule, the name is crdify's.
/// </summary>
public static class ApiRuleNames
{
    // The whole CustomResourceDefinition.
    public const string CrdAddition = "crdAddition";
    public const string CrdRemoval = "crdRemoval";
    public const string Scope = "scope";
    public const string Names = "names";
    public const string StoredVersionRemoval = "storedVersionRemoval";
    public const string VersionRemoval = "versionRemoval";
    public const string VersionAddition = "versionAddition";
    public const string ServedVersion = "servedVersion";
    public const string StorageVersion = "storageVersion";
    public const string VersionDeprecation = "versionDeprecation";
    public const string Subresources = "subresources";
    public const string PrinterColumns = "printerColumns";
    public const string Metadata = "metadata";
    public const string ExistingFieldRemoval = "existingFieldRemoval";

    // One property of a version's schema.
    public const string FieldAddition = "fieldAddition";
    public const string Type = "type";
    public const string Required = "required";
    public const string Enum = "enum";
    public const string Default = "default";
    public const string Maximum = "maximum";
    public const string MaxLength = "maxLength";
    public const string MaxItems = "maxItems";
    public const string MaxProperties = "maxProperties";
    public const string Minimum = "minimum";
    public const string MinLength = "minLength";
    public const string MinItems = "minItems";
    public const string MinProperties = "minProperties";
    public const string Pattern = "pattern";
    public const string Nullable = "nullable";
    public const string Format = "format";
    public const string PreserveUnknownFields = "preserveUnknownFields";
    public const string ListType = "listType";
    public const string ListMapKeys = "listMapKeys";
    public const string MapType = "mapType";
    public const string Immutability = "immutability";
    public const string Description = "description";

    /// <summary>A change that no rule judges.</summary>
    public const string Unclassified = "unclassified";

    public static IReadOnlyList<string> All { get; } =
    [
        CrdAddition, CrdRemoval, Scope, Names, StoredVersionRemoval, VersionRemoval, VersionAddition, ServedVersion,
        StorageVersion, VersionDeprecation, Subresources, PrinterColumns, Metadata, ExistingFieldRemoval,
        FieldAddition, Type, Required, Enum, Default, Maximum, MaxLength, MaxItems, MaxProperties, Minimum, MinLength,
        MinItems, MinProperties, Pattern, Nullable, Format, PreserveUnknownFields, ListType, ListMapKeys, MapType,
        Immutability, Description, Unclassified,
    ];
}
