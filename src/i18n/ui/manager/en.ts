/**
 * The labels of the Manager, exactly as the guides name them: the glossary the guides and the
 * simulated Manager share.
 */
export const managerEn = {
  'manager.manageMyProfile': 'Manage my profile',
  'manager.infomaniakNews': 'Infomaniak News',
  'manager.manage': 'Manage',
  'manager.save': 'Save',
  'manager.manageSecurity': 'Manage security',
  'manager.securityAndRecovery': 'Security and recovery',
  'manager.edit': 'Edit',
  'manager.recoveryEmail': 'Recovery Email',
  'manager.myOrganizations': 'My Organizations',
  'manager.kSuite': 'kSuite',
  'manager.collaborativeTools': 'Collaborative Tools',
  'manager.modifySubscription': 'Modify Subscription',
  'manager.settings': 'Settings',
  'manager.customization': 'Customization',
  'manager.customize': 'Customize',
  'manager.accounting': 'Accounting',
  'manager.paymentProfiles': 'Payment Profiles',
  'manager.domains': 'Domains',
  'manager.webAndDomain': 'Web & Domain',
  'manager.accountAccessAndActivities': 'Account access and activities',
  'manager.accountAccess': 'Account access',
  'manager.securitySettings': 'Security settings',
  'manager.accountActivities': 'Account activities',
} as const;
