import { TermsDocumentPage } from './TermsDocumentPage';

export default function ConfidentialityPage() {
  return <TermsDocumentPage kind="confidentiality" />;
}
