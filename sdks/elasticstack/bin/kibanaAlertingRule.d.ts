import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaAlertingRule extends pulumi.CustomResource {
    /**
     * Get an existing KibanaAlertingRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaAlertingRuleState, opts?: pulumi.CustomResourceOptions): KibanaAlertingRule;
    /**
     * Returns true if the given object is an instance of KibanaAlertingRule.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaAlertingRule;
    /**
     * An action that runs under defined conditions.
     */
    readonly actions: pulumi.Output<outputs.KibanaAlertingRuleAction[] | undefined>;
    /**
     * A number that indicates how many consecutive runs need to meet the rule conditions for an alert to occur.
     */
    readonly alertDelay: pulumi.Output<number>;
    /**
     * The name of the application or feature that owns the rule.
     */
    readonly consumer: pulumi.Output<string>;
    /**
     * Indicates if you want to run the rule on an interval basis.
     */
    readonly enabled: pulumi.Output<boolean>;
    readonly flapping: pulumi.Output<outputs.KibanaAlertingRuleFlapping>;
    /**
     * The check interval, which specifies how frequently the rule conditions are checked. The interval must be specified in seconds, minutes, hours or days.
     */
    readonly interval: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaAlertingRuleKibanaConnection[] | undefined>;
    /**
     * Date of the last execution of this rule.
     */
    readonly lastExecutionDate: pulumi.Output<string>;
    /**
     * Status of the last execution of this rule.
     */
    readonly lastExecutionStatus: pulumi.Output<string>;
    /**
     * The name of the rule. While this name does not have to be unique, a distinctive name can help you identify a rule.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Required until v8.6.0. Deprecated in v8.13.0. Use the <span pulumi-lang-nodejs="`notifyWhen`" pulumi-lang-dotnet="`NotifyWhen`" pulumi-lang-go="`notifyWhen`" pulumi-lang-python="`notify_when`" pulumi-lang-yaml="`notifyWhen`" pulumi-lang-java="`notifyWhen`">`notify_when`</span> property in the action <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> object instead. Defines how often alerts generate actions. Valid values include: `onActionGroupChange`: Actions run when the alert status changes; `onActiveAlert`: Actions run when the alert becomes active and at each check interval while the rule conditions are met; `onThrottleInterval`: Actions run when the alert becomes active and at the interval specified in the throttle property while the rule conditions are met. NOTE: This is a rule level property; if you update the rule in Kibana, it is automatically changed to use action-specific <span pulumi-lang-nodejs="`notifyWhen`" pulumi-lang-dotnet="`NotifyWhen`" pulumi-lang-go="`notifyWhen`" pulumi-lang-python="`notify_when`" pulumi-lang-yaml="`notifyWhen`" pulumi-lang-java="`notifyWhen`">`notify_when`</span> values.
     */
    readonly notifyWhen: pulumi.Output<string>;
    /**
     * The rule parameters, which differ for each rule type.
     */
    readonly params: pulumi.Output<string>;
    /**
     * The identifier for the rule. Until Kibana version 8.17.0 this should be a UUID v1 or v4, for later versions any format can be used. If it is omitted, an ID is randomly generated.
     */
    readonly ruleId: pulumi.Output<string>;
    /**
     * The ID of the rule type that you want to call when the rule is scheduled to run. For more information about the valid values, list the rule types using [Get rule types API](https://www.elastic.co/guide/en/kibana/master/list-rule-types-api.html) or refer to the [Rule types documentation](https://www.elastic.co/guide/en/kibana/master/rule-types.html).
     */
    readonly ruleTypeId: pulumi.Output<string>;
    /**
     * ID of the scheduled task that will execute the alert.
     */
    readonly scheduledTaskId: pulumi.Output<string>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * A list of tag names that are applied to the rule.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    readonly throttle: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaAlertingRuleTimeouts | undefined>;
    /**
     * Create a KibanaAlertingRule resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaAlertingRuleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaAlertingRule resources.
 */
export interface KibanaAlertingRuleState {
    /**
     * An action that runs under defined conditions.
     */
    actions?: pulumi.Input<pulumi.Input<inputs.KibanaAlertingRuleAction>[] | undefined>;
    /**
     * A number that indicates how many consecutive runs need to meet the rule conditions for an alert to occur.
     */
    alertDelay?: pulumi.Input<number | undefined>;
    /**
     * The name of the application or feature that owns the rule.
     */
    consumer?: pulumi.Input<string | undefined>;
    /**
     * Indicates if you want to run the rule on an interval basis.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    flapping?: pulumi.Input<inputs.KibanaAlertingRuleFlapping | undefined>;
    /**
     * The check interval, which specifies how frequently the rule conditions are checked. The interval must be specified in seconds, minutes, hours or days.
     */
    interval?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAlertingRuleKibanaConnection>[] | undefined>;
    /**
     * Date of the last execution of this rule.
     */
    lastExecutionDate?: pulumi.Input<string | undefined>;
    /**
     * Status of the last execution of this rule.
     */
    lastExecutionStatus?: pulumi.Input<string | undefined>;
    /**
     * The name of the rule. While this name does not have to be unique, a distinctive name can help you identify a rule.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Required until v8.6.0. Deprecated in v8.13.0. Use the <span pulumi-lang-nodejs="`notifyWhen`" pulumi-lang-dotnet="`NotifyWhen`" pulumi-lang-go="`notifyWhen`" pulumi-lang-python="`notify_when`" pulumi-lang-yaml="`notifyWhen`" pulumi-lang-java="`notifyWhen`">`notify_when`</span> property in the action <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> object instead. Defines how often alerts generate actions. Valid values include: `onActionGroupChange`: Actions run when the alert status changes; `onActiveAlert`: Actions run when the alert becomes active and at each check interval while the rule conditions are met; `onThrottleInterval`: Actions run when the alert becomes active and at the interval specified in the throttle property while the rule conditions are met. NOTE: This is a rule level property; if you update the rule in Kibana, it is automatically changed to use action-specific <span pulumi-lang-nodejs="`notifyWhen`" pulumi-lang-dotnet="`NotifyWhen`" pulumi-lang-go="`notifyWhen`" pulumi-lang-python="`notify_when`" pulumi-lang-yaml="`notifyWhen`" pulumi-lang-java="`notifyWhen`">`notify_when`</span> values.
     */
    notifyWhen?: pulumi.Input<string | undefined>;
    /**
     * The rule parameters, which differ for each rule type.
     */
    params?: pulumi.Input<string | undefined>;
    /**
     * The identifier for the rule. Until Kibana version 8.17.0 this should be a UUID v1 or v4, for later versions any format can be used. If it is omitted, an ID is randomly generated.
     */
    ruleId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the rule type that you want to call when the rule is scheduled to run. For more information about the valid values, list the rule types using [Get rule types API](https://www.elastic.co/guide/en/kibana/master/list-rule-types-api.html) or refer to the [Rule types documentation](https://www.elastic.co/guide/en/kibana/master/rule-types.html).
     */
    ruleTypeId?: pulumi.Input<string | undefined>;
    /**
     * ID of the scheduled task that will execute the alert.
     */
    scheduledTaskId?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * A list of tag names that are applied to the rule.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    throttle?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAlertingRuleTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaAlertingRule resource.
 */
export interface KibanaAlertingRuleArgs {
    /**
     * An action that runs under defined conditions.
     */
    actions?: pulumi.Input<pulumi.Input<inputs.KibanaAlertingRuleAction>[] | undefined>;
    /**
     * A number that indicates how many consecutive runs need to meet the rule conditions for an alert to occur.
     */
    alertDelay?: pulumi.Input<number | undefined>;
    /**
     * The name of the application or feature that owns the rule.
     */
    consumer: pulumi.Input<string>;
    /**
     * Indicates if you want to run the rule on an interval basis.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    flapping?: pulumi.Input<inputs.KibanaAlertingRuleFlapping | undefined>;
    /**
     * The check interval, which specifies how frequently the rule conditions are checked. The interval must be specified in seconds, minutes, hours or days.
     */
    interval: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAlertingRuleKibanaConnection>[] | undefined>;
    /**
     * The name of the rule. While this name does not have to be unique, a distinctive name can help you identify a rule.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Required until v8.6.0. Deprecated in v8.13.0. Use the <span pulumi-lang-nodejs="`notifyWhen`" pulumi-lang-dotnet="`NotifyWhen`" pulumi-lang-go="`notifyWhen`" pulumi-lang-python="`notify_when`" pulumi-lang-yaml="`notifyWhen`" pulumi-lang-java="`notifyWhen`">`notify_when`</span> property in the action <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> object instead. Defines how often alerts generate actions. Valid values include: `onActionGroupChange`: Actions run when the alert status changes; `onActiveAlert`: Actions run when the alert becomes active and at each check interval while the rule conditions are met; `onThrottleInterval`: Actions run when the alert becomes active and at the interval specified in the throttle property while the rule conditions are met. NOTE: This is a rule level property; if you update the rule in Kibana, it is automatically changed to use action-specific <span pulumi-lang-nodejs="`notifyWhen`" pulumi-lang-dotnet="`NotifyWhen`" pulumi-lang-go="`notifyWhen`" pulumi-lang-python="`notify_when`" pulumi-lang-yaml="`notifyWhen`" pulumi-lang-java="`notifyWhen`">`notify_when`</span> values.
     */
    notifyWhen?: pulumi.Input<string | undefined>;
    /**
     * The rule parameters, which differ for each rule type.
     */
    params: pulumi.Input<string>;
    /**
     * The identifier for the rule. Until Kibana version 8.17.0 this should be a UUID v1 or v4, for later versions any format can be used. If it is omitted, an ID is randomly generated.
     */
    ruleId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the rule type that you want to call when the rule is scheduled to run. For more information about the valid values, list the rule types using [Get rule types API](https://www.elastic.co/guide/en/kibana/master/list-rule-types-api.html) or refer to the [Rule types documentation](https://www.elastic.co/guide/en/kibana/master/rule-types.html).
     */
    ruleTypeId: pulumi.Input<string>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * A list of tag names that are applied to the rule.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    throttle?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAlertingRuleTimeouts | undefined>;
}
//# sourceMappingURL=kibanaAlertingRule.d.ts.map