import { TermsDocumentPage } from './TermsDocumentPage';

export default function TermsPage() {
  return <TermsDocumentPage kind="terms" />;
}
