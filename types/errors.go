package types

import "github.com/aws/smithy-go"

// errorMessage formats an exception as the official client does: "Code: message".
func errorMessage(code string, message *string) string {
	if message == nil {
		return code + ": "
	}
	return code + ": " + *message
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func codeOr(override *string, code string) string {
	if override == nil {
		return code
	}
	return *override
}

// ConcurrentModificationException means the service could not make the change now ("An API error occurred",
// the model says): wait a few minutes and try again.
type ConcurrentModificationException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "ConcurrentModificationException: " and the message.
func (e *ConcurrentModificationException) Error() string {
	return errorMessage(e.ErrorCode(), e.Message)
}

// ErrorMessage returns the message, or "" when there is none.
func (e *ConcurrentModificationException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "ConcurrentModificationException", or ErrorCodeOverride when set.
func (e *ConcurrentModificationException) ErrorCode() string {
	if e == nil {
		return "ConcurrentModificationException"
	}
	return codeOr(e.ErrorCodeOverride, "ConcurrentModificationException")
}

// ErrorFault returns smithy.FaultClient.
func (e *ConcurrentModificationException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// IncompatibleImageException means the image cannot be updated because it is not compatible for updates.
type IncompatibleImageException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "IncompatibleImageException: " and the message.
func (e *IncompatibleImageException) Error() string { return errorMessage(e.ErrorCode(), e.Message) }

// ErrorMessage returns the message, or "" when there is none.
func (e *IncompatibleImageException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "IncompatibleImageException", or ErrorCodeOverride when set.
func (e *IncompatibleImageException) ErrorCode() string {
	if e == nil {
		return "IncompatibleImageException"
	}
	return codeOr(e.ErrorCodeOverride, "IncompatibleImageException")
}

// ErrorFault returns smithy.FaultClient.
func (e *IncompatibleImageException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// InvalidAccountStatusException means the resource cannot be created because the AWS account is suspended;
// AWS Support can help.
type InvalidAccountStatusException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "InvalidAccountStatusException: " and the message.
func (e *InvalidAccountStatusException) Error() string { return errorMessage(e.ErrorCode(), e.Message) }

// ErrorMessage returns the message, or "" when there is none.
func (e *InvalidAccountStatusException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "InvalidAccountStatusException", or ErrorCodeOverride when set.
func (e *InvalidAccountStatusException) ErrorCode() string {
	if e == nil {
		return "InvalidAccountStatusException"
	}
	return codeOr(e.ErrorCodeOverride, "InvalidAccountStatusException")
}

// ErrorFault returns smithy.FaultClient.
func (e *InvalidAccountStatusException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// InvalidParameterCombinationException means the request combines parameters that cannot be used together,
// or lacks one that the others need.
type InvalidParameterCombinationException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "InvalidParameterCombinationException: " and the message.
func (e *InvalidParameterCombinationException) Error() string {
	return errorMessage(e.ErrorCode(), e.Message)
}

// ErrorMessage returns the message, or "" when there is none.
func (e *InvalidParameterCombinationException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "InvalidParameterCombinationException", or ErrorCodeOverride when set.
func (e *InvalidParameterCombinationException) ErrorCode() string {
	if e == nil {
		return "InvalidParameterCombinationException"
	}
	return codeOr(e.ErrorCodeOverride, "InvalidParameterCombinationException")
}

// ErrorFault returns smithy.FaultClient.
func (e *InvalidParameterCombinationException) ErrorFault() smithy.ErrorFault {
	return smithy.FaultClient
}

// InvalidRoleException means the IAM role given is invalid.
type InvalidRoleException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "InvalidRoleException: " and the message.
func (e *InvalidRoleException) Error() string { return errorMessage(e.ErrorCode(), e.Message) }

// ErrorMessage returns the message, or "" when there is none.
func (e *InvalidRoleException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "InvalidRoleException", or ErrorCodeOverride when set.
func (e *InvalidRoleException) ErrorCode() string {
	if e == nil {
		return "InvalidRoleException"
	}
	return codeOr(e.ErrorCodeOverride, "InvalidRoleException")
}

// ErrorFault returns smithy.FaultClient.
func (e *InvalidRoleException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// LimitExceededException means an account quota is reached, such as the number of fleets. It is not retried: waiting does not help.
type LimitExceededException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "LimitExceededException: " and the message.
func (e *LimitExceededException) Error() string { return errorMessage(e.ErrorCode(), e.Message) }

// ErrorMessage returns the message, or "" when there is none.
func (e *LimitExceededException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "LimitExceededException", or ErrorCodeOverride when set.
func (e *LimitExceededException) ErrorCode() string {
	if e == nil {
		return "LimitExceededException"
	}
	return codeOr(e.ErrorCodeOverride, "LimitExceededException")
}

// ErrorFault returns smithy.FaultClient.
func (e *LimitExceededException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// OperationNotPermittedException means the operation is not allowed on the resource in its current state or configuration.
type OperationNotPermittedException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "OperationNotPermittedException: " and the message.
func (e *OperationNotPermittedException) Error() string {
	return errorMessage(e.ErrorCode(), e.Message)
}

// ErrorMessage returns the message, or "" when there is none.
func (e *OperationNotPermittedException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "OperationNotPermittedException", or ErrorCodeOverride when set.
func (e *OperationNotPermittedException) ErrorCode() string {
	if e == nil {
		return "OperationNotPermittedException"
	}
	return codeOr(e.ErrorCodeOverride, "OperationNotPermittedException")
}

// ErrorFault returns smithy.FaultClient.
func (e *OperationNotPermittedException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// RequestLimitExceededException means the service cannot process the request now, because the account's
// Describe calls are being throttled by Amazon EC2. It is a throttle: the client retries it with backoff.
type RequestLimitExceededException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "RequestLimitExceededException: " and the message.
func (e *RequestLimitExceededException) Error() string { return errorMessage(e.ErrorCode(), e.Message) }

// ErrorMessage returns the message, or "" when there is none.
func (e *RequestLimitExceededException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "RequestLimitExceededException", or ErrorCodeOverride when set.
func (e *RequestLimitExceededException) ErrorCode() string {
	if e == nil {
		return "RequestLimitExceededException"
	}
	return codeOr(e.ErrorCodeOverride, "RequestLimitExceededException")
}

// ErrorFault returns smithy.FaultClient.
func (e *RequestLimitExceededException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// ResourceAlreadyExistsException means a resource with that name already exists.
type ResourceAlreadyExistsException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "ResourceAlreadyExistsException: " and the message.
func (e *ResourceAlreadyExistsException) Error() string {
	return errorMessage(e.ErrorCode(), e.Message)
}

// ErrorMessage returns the message, or "" when there is none.
func (e *ResourceAlreadyExistsException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "ResourceAlreadyExistsException", or ErrorCodeOverride when set.
func (e *ResourceAlreadyExistsException) ErrorCode() string {
	if e == nil {
		return "ResourceAlreadyExistsException"
	}
	return codeOr(e.ErrorCodeOverride, "ResourceAlreadyExistsException")
}

// ErrorFault returns smithy.FaultClient.
func (e *ResourceAlreadyExistsException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// ResourceInUseException means the resource is in use (for example, a fleet that is not stopped cannot be deleted).
type ResourceInUseException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "ResourceInUseException: " and the message.
func (e *ResourceInUseException) Error() string { return errorMessage(e.ErrorCode(), e.Message) }

// ErrorMessage returns the message, or "" when there is none.
func (e *ResourceInUseException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "ResourceInUseException", or ErrorCodeOverride when set.
func (e *ResourceInUseException) ErrorCode() string {
	if e == nil {
		return "ResourceInUseException"
	}
	return codeOr(e.ErrorCodeOverride, "ResourceInUseException")
}

// ErrorFault returns smithy.FaultClient.
func (e *ResourceInUseException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// ResourceNotAvailableException means the resource exists but cannot be used now.
type ResourceNotAvailableException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "ResourceNotAvailableException: " and the message.
func (e *ResourceNotAvailableException) Error() string { return errorMessage(e.ErrorCode(), e.Message) }

// ErrorMessage returns the message, or "" when there is none.
func (e *ResourceNotAvailableException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "ResourceNotAvailableException", or ErrorCodeOverride when set.
func (e *ResourceNotAvailableException) ErrorCode() string {
	if e == nil {
		return "ResourceNotAvailableException"
	}
	return codeOr(e.ErrorCodeOverride, "ResourceNotAvailableException")
}

// ErrorFault returns smithy.FaultClient.
func (e *ResourceNotAvailableException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// ResourceNotFoundException means the named resource does not exist.
type ResourceNotFoundException struct {
	// Message is the service's explanation.
	Message *string

	// ErrorCodeOverride, when set, is returned by ErrorCode instead of the type's name.
	ErrorCodeOverride *string
}

// Error returns "ResourceNotFoundException: " and the message.
func (e *ResourceNotFoundException) Error() string { return errorMessage(e.ErrorCode(), e.Message) }

// ErrorMessage returns the message, or "" when there is none.
func (e *ResourceNotFoundException) ErrorMessage() string { return deref(e.Message) }

// ErrorCode returns "ResourceNotFoundException", or ErrorCodeOverride when set.
func (e *ResourceNotFoundException) ErrorCode() string {
	if e == nil {
		return "ResourceNotFoundException"
	}
	return codeOr(e.ErrorCodeOverride, "ResourceNotFoundException")
}

// ErrorFault returns smithy.FaultClient.
func (e *ResourceNotFoundException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// RetryableError reports false: a quota does not lift by retrying. The retryers
// of aws-sdk-go-v2 (retry.NewStandard, retry.NewAdaptiveMode) consult this before
// their list of throttle codes, which names LimitExceededException.
func (e *LimitExceededException) RetryableError() bool { return false }

// RetryableError reports true: AppStream sends RequestLimitExceededException
// when it throttles requests, and the default retry codes of aws-sdk-go-v2 do
// not name it.
func (e *RequestLimitExceededException) RetryableError() bool { return true }
